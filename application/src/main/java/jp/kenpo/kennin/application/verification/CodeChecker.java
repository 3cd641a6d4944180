package jp.kenpo.kennin.application.verification;

import java.time.Instant;
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
     * Checks the code and stores the challenge's new state (a wrong try counts). An accepted code
     * is not stored as used: the caller deletes the pending verification in the same transaction
     * as the change it confirms, so that a failed change leaves nothing half done.
     */
    public CodeCheck check(PendingVerification pending, VerificationCode typed, Instant now) {
        CodeChallenge challenge = pending.challenge();
        CodeChallenge.Outcome outcome = challenge.check(digest.matches(typed.value(), challenge.codeHash()), now);
        if (!(outcome.check() instanceof CodeCheck.Accepted) && !outcome.next().equals(challenge)) {
            pendingPort.savePending(pending.withChallenge(outcome.next()));
        }
        return outcome.check();
    }
}
