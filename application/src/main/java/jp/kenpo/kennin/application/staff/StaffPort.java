package jp.kenpo.kennin.application.staff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.staff.LoginName;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.staff.StaffMember;
import jp.kenpo.kennin.domain.staff.StaffRole;

/**
 * Staff accounts, their enrolment links and recovery codes. Every change that a second request
 * could race is one conditional statement whose row count answers (a login name taken, a link
 * used, a time step or recovery code used), never a read followed by a write.
 */
public interface StaffPort {
    /** A new account in {@link jp.kenpo.kennin.domain.staff.StaffState#ENROLLING}; empty when the login name is taken (ignoring case). */
    Optional<StaffId> createStaff(NewStaff staff, Instant createdAt);

    record NewStaff(Optional<InsurerCode> insurer, LoginName login, String displayName, Optional<EmailAddress> email,
                    StaffRole role, Optional<String> office) {
        public NewStaff {
            StaffMember.checkProfile(insurer, displayName, role, office);
        }
    }

    Optional<StaffAccount> findByLogin(LoginName login);

    Optional<StaffMember> findStaff(StaffId id);

    /** The staff of one insurer, by login name. */
    List<StaffMember> listInsurerStaff(InsurerCode insurer);

    /** Every operator and every insurer's 管理者, by insurer then login name (operators first). */
    List<StaffMember> listOperatorsAndAdministrators();

    /**
     * Replaces the stored authenticator secret, only while it is still {@code expected} (a legacy
     * plain value being sealed); false when it changed meanwhile.
     */
    boolean replaceTotpSecret(StaffId staff, String expected, String replacement);

    /** Stores the time step just used, only if it is later than the last one; false when it was not. */
    boolean useTotpStep(StaffId staff, long step);

    void recordSignIn(StaffId staff, Instant at);

    /** Disables an account that is not disabled yet; false when there was none to disable. */
    boolean disable(StaffId staff);

    // --- enrolment ---

    /** Replaces the staff member's enrolment link (if any) by a new one, known by the token's digest. */
    void saveEnrolment(StaffId staff, String tokenDigest, Instant expiresAt);

    /** A link not yet used, whatever its expiry (the caller compares). */
    Optional<PendingEnrolment> findEnrolment(String tokenDigest);

    /**
     * @param totpSecret   as stored (sealed), once the page was first shown
     * @param codeAttempts authenticator codes checked against this link so far
     */
    record PendingEnrolment(StaffId staff, Instant expiresAt, Optional<String> totpSecret, int codeAttempts) {
    }

    /**
     * Counts one authenticator code checked against the link, only while fewer than {@code limit}
     * were and the link is unexpired at {@code now}: one conditional update, so parallel guesses
     * cannot check more than {@code limit} codes between them. False when none is left.
     */
    boolean takeCodeAttempt(String tokenDigest, Instant now, int limit);

    /**
     * Keeps {@code secret} with the link unless it already has one; returns the one it has, so two
     * first visits at once still agree on one secret.
     */
    Optional<String> keepTotpSecret(String tokenDigest, String secret);

    /**
     * Uses the link up: deletes it if it is still there and {@code now} is before its expiry, then
     * makes the account active with the password, the secret (sealed), the time step just used and the
     * recovery codes, all only while the account is still enrolling. Runs in the caller's
     * transaction. False when the link was gone (another tab used it) or the account is not enrolling.
     */
    boolean completeEnrolment(String tokenDigest, Instant now, StaffId staff, String passwordHash, String totpSecret,
                              long usedStep, List<String> recoveryCodeDigests);

    /**
     * Back to {@link jp.kenpo.kennin.domain.staff.StaffState#ENROLLING} for a new link: password,
     * secret, last step and recovery codes are forgotten. False when the account is disabled or gone.
     */
    boolean restartEnrolment(StaffId staff);

    // --- recovery codes ---

    /** Deletes that code of that staff member; false when they have no such (unused) code. */
    boolean useRecoveryCode(StaffId staff, String codeDigest);

    int countRecoveryCodes(StaffId staff);
}
