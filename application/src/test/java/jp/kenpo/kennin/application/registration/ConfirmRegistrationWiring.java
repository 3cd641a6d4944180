package jp.kenpo.kennin.application.registration;

import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.security.SecretDigest;

/** The confirmation use case of an in-memory system with another digest (to watch comparisons). */
final class ConfirmRegistrationWiring {
    private ConfirmRegistrationWiring() {
    }

    static ConfirmRegistrationUseCase with(InMemorySystem s, SecretDigest digest) {
        return new ConfirmRegistrationService(s.members, s.insurers, s.pending, s.accounts, digest, s.transactions, s.mailer,
                s.signupLimits, s.signupLimitSettings, s.settings, s.audit, s.clock);
    }
}
