package jp.kenpo.kennin.application.fakes;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jp.kenpo.kennin.application.verification.PendingVerificationPort;
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
    public void deletePending(VerificationPurpose purpose, String subject) {
        pending.remove(new Key(purpose, subject));
    }

    public List<PendingVerification> all() {
        return List.copyOf(pending.values());
    }
}
