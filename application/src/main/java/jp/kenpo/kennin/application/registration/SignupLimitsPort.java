package jp.kenpo.kennin.application.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import jp.kenpo.kennin.domain.member.MemberId;

/**
 * Sign-up limits kept per member record across codes, so that asking for code after code cannot
 * add up to more guesses than the limits allow. Each change is one conditional update: parallel
 * requests cannot pass a limit.
 */
public interface SignupLimitsPort {
    /**
     * The member record's counts now.
     *
     * @param codeTries      codes compared since the last successful registration (or staff reset)
     * @param issueDay       the day of the last mailed code
     * @param codesThatDay   codes mailed on {@code issueDay}
     * @param lastIssuedAt   when the last code was mailed
     */
    record SignupLimitState(int codeTries, Optional<LocalDate> issueDay, int codesThatDay, Optional<Instant> lastIssuedAt) {
        public static SignupLimitState none() {
            return new SignupLimitState(0, Optional.empty(), 0, Optional.empty());
        }
    }

    SignupLimitState load(MemberId member);

    /**
     * Counts a code about to be mailed, only when none was mailed after {@code notIssuedSince}
     * and fewer than {@code perDay} were mailed on {@code day}.
     *
     * @return whether the code may be mailed
     */
    boolean admitCode(MemberId member, Instant now, Instant notIssuedSince, LocalDate day, int perDay);

    /**
     * Takes back the code admitted at {@code issuedAt} when its mail could not be sent, so the
     * member may try again at once; does nothing when another code was admitted since.
     *
     * @param previousIssuedAt when the code before it was mailed
     */
    void withdrawCode(MemberId member, Instant issuedAt, Optional<Instant> previousIssuedAt);

    /**
     * Counts one code comparison, only while fewer than {@code max} were counted.
     *
     * @return whether the code may be compared
     */
    boolean countCodeTry(MemberId member, int max);

    /** Starts the count of code comparisons again: after a successful registration, or when staff unlock the record. */
    void resetCodeTries(MemberId member);
}
