package jp.kenpo.kennin.domain.verification;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A code that was sent and waits to be typed back: valid for a limited time, single use, void
 * after too many wrong tries. Holds the code's hash, never the code.
 *
 * @param lastSentAt when the current code was mailed (for the resend cool-down)
 */
public record CodeChallenge(String codeHash, Instant issuedAt, Instant expiresAt, int failedTries, int maxTries,
                            boolean used, Instant lastSentAt) {
    public static final Duration DEFAULT_VALIDITY = Duration.ofMinutes(10);
    public static final int DEFAULT_MAX_TRIES = 5;

    public CodeChallenge {
        Objects.requireNonNull(codeHash);
        Objects.requireNonNull(issuedAt);
        Objects.requireNonNull(expiresAt);
        Objects.requireNonNull(lastSentAt);
    }

    public static CodeChallenge issue(String codeHash, Instant now, Duration validity, int maxTries) {
        return new CodeChallenge(codeHash, now, now.plus(validity), 0, maxTries, false, now);
    }

    /** Result of a check together with the challenge's state after it, which the caller stores. */
    public record Outcome(CodeCheck check, CodeChallenge next) {
    }

    /**
     * @param matches whether the typed code hashes to {@link #codeHash} (the caller hashes;
     *                hashing is not the domain's business)
     */
    public Outcome check(boolean matches, Instant now) {
        if (used) {
            return new Outcome(new CodeCheck.AlreadyUsed(), this);
        }
        if (failedTries >= maxTries) {
            return new Outcome(new CodeCheck.Exhausted(), this);
        }
        if (!now.isBefore(expiresAt)) {
            return new Outcome(new CodeCheck.Expired(), this);
        }
        if (matches) {
            return new Outcome(new CodeCheck.Accepted(),
                    new CodeChallenge(codeHash, issuedAt, expiresAt, failedTries, maxTries, true, lastSentAt));
        }
        int failed = failedTries + 1;
        CodeChallenge next = new CodeChallenge(codeHash, issuedAt, expiresAt, failed, maxTries, false, lastSentAt);
        return new Outcome(failed >= maxTries ? new CodeCheck.Exhausted() : new CodeCheck.Wrong(maxTries - failed), next);
    }

    /**
     * Why a try may not be made at all (used, void, expired); empty when it may. Asked before a
     * try is counted in storage, so that a refused try costs nothing.
     */
    public Optional<CodeCheck> refusal(Instant now) {
        if (used) {
            return Optional.of(new CodeCheck.AlreadyUsed());
        }
        if (failedTries >= maxTries) {
            return Optional.of(new CodeCheck.Exhausted());
        }
        if (!now.isBefore(expiresAt)) {
            return Optional.of(new CodeCheck.Expired());
        }
        return Optional.empty();
    }

    /**
     * What a try found once storage has counted it: storage counts tries with one conditional
     * update before the code is compared, so parallel tries cannot pass {@link #maxTries}.
     *
     * @param triesCounted the tries counted on this code including this one
     */
    public CodeCheck countedTry(boolean matches, int triesCounted) {
        if (matches) {
            return new CodeCheck.Accepted();
        }
        return triesCounted >= maxTries ? new CodeCheck.Exhausted() : new CodeCheck.Wrong(maxTries - triesCounted);
    }

    /** How long the member must still wait before another code may be sent; zero when they may. */
    public Duration resendWait(Instant now, Duration coolDown) {
        Duration waited = Duration.between(lastSentAt, now);
        return waited.compareTo(coolDown) >= 0 ? Duration.ZERO : coolDown.minus(waited);
    }
}
