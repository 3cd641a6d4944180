package jp.kenpo.kennin.domain.verification;

import java.util.Objects;
import java.util.Optional;

/** A code (or link token) sent and not yet used, with what becomes true once it is confirmed. */
public record PendingVerification(VerificationPurpose purpose, String subject, CodeChallenge challenge,
                                  Optional<String> userId, Optional<String> passwordHash, Optional<String> newEmail) {
    public PendingVerification {
        Objects.requireNonNull(purpose);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(challenge);
        Objects.requireNonNull(userId);
        Objects.requireNonNull(passwordHash);
        Objects.requireNonNull(newEmail);
    }

    public PendingVerification withChallenge(CodeChallenge next) {
        return new PendingVerification(purpose, subject, next, userId, passwordHash, newEmail);
    }
}
