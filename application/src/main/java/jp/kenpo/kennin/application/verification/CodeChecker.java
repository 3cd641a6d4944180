package jp.kenpo.kennin.application.verification;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;
import jp.kenpo.kennin.application.security.SecretDigest;
import jp.kenpo.kennin.domain.verification.CodeChallenge;
import jp.kenpo.kennin.domain.verification.CodeCheck;
import jp.kenpo.kennin.domain.verification.PendingVerification;
import jp.kenpo.kennin.domain.verification.VerificationCode;

/** Checks a code typed back against its pending verification. */
public final class CodeChecker {
    private final PendingVerificationPort pendingPort;
    private final SecretDigest digest;

    public CodeChecker(PendingVerificationPort pendingPort, SecretDigest digest) {
        this.pendingPort = pendingPort;
        this.digest = digest;
    }

    /**
     * Checks the code. The try is counted in storage first, by one conditional update, and the
     * code is compared only when that update found a try left: parallel tries cannot pass the
     * limit. An accepted code is not stored as used: the caller deletes the pending verification
     * in the same transaction as the change it confirms, so that a failed change leaves nothing
     * half done.
     */
    public CodeCheck check(PendingVerification pending, VerificationCode typed, Instant now) {
        return check(pending, typed, now, () -> true);
    }

    /**
     * As {@link #check(PendingVerification, VerificationCode, Instant)}, with a further limit
     * claimed after the code's own try and before the comparison (such as the member record's
     * tries across codes); when it refuses, the code is not compared and the check is
     * {@link CodeCheck.Exhausted}.
     */
    public CodeCheck check(PendingVerification pending, VerificationCode typed, Instant now, BooleanSupplier alsoClaim) {
        CodeChallenge challenge = pending.challenge();
        Optional<CodeCheck> refusal = challenge.refusal(now);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        OptionalInt counted = pendingPort.countTry(pending.purpose(), pending.subject(), challenge.codeHash());
        if (counted.isEmpty() || !alsoClaim.getAsBoolean()) {
            return new CodeCheck.Exhausted();
        }
        return challenge.countedTry(digest.matches(typed.value(), challenge.codeHash()), counted.getAsInt());
    }
}
