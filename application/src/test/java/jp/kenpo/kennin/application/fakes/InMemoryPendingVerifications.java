package jp.kenpo.kennin.application.fakes;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import jp.kenpo.kennin.application.verification.PendingVerificationPort;
import jp.kenpo.kennin.domain.verification.CodeChallenge;
import jp.kenpo.kennin.domain.verification.PendingVerification;
import jp.kenpo.kennin.domain.verification.VerificationPurpose;

public final class InMemoryPendingVerifications implements PendingVerificationPort {
    private record Key(VerificationPurpose purpose, String subject) {
    }

    private final Map<Key, PendingVerification> pending = new ConcurrentHashMap<>();

    @Override
    public Optional<PendingVerification> loadPending(VerificationPurpose purpose, String subject) {
        return Optional.ofNullable(pending.get(new Key(purpose, subject)));
    }

    @Override
    public void savePending(PendingVerification verification) {
        pending.put(new Key(verification.purpose(), verification.subject()), verification);
    }

    @Override
    public boolean deletePending(VerificationPurpose purpose, String subject) {
        return pending.remove(new Key(purpose, subject)) != null;
    }

    /** Atomic like the database's conditional update: {@code compute} holds the entry's lock. */
    @Override
    public OptionalInt countTry(VerificationPurpose purpose, String subject, String codeHash) {
        int[] counted = {-1};
        pending.computeIfPresent(new Key(purpose, subject), (key, p) -> {
            CodeChallenge c = p.challenge();
            if (!c.codeHash().equals(codeHash) || c.used() || c.failedTries() >= c.maxTries()) {
                return p;
            }
            counted[0] = c.failedTries() + 1;
            return p.withChallenge(new CodeChallenge(c.codeHash(), c.issuedAt(), c.expiresAt(), counted[0], c.maxTries(),
                    false, c.lastSentAt()));
        });
        return counted[0] < 0 ? OptionalInt.empty() : OptionalInt.of(counted[0]);
    }

    public List<PendingVerification> all() {
        return List.copyOf(pending.values());
    }
}
