package jp.kenpo.kennin.application.verification;

import java.util.Optional;
import jp.kenpo.kennin.domain.verification.PendingVerification;
import jp.kenpo.kennin.domain.verification.VerificationPurpose;

public interface PendingVerificationPort {
    Optional<PendingVerification> loadPending(VerificationPurpose purpose, String subject);

    /** Creates or replaces the pending verification (purpose, subject). */
    void savePending(PendingVerification pending);

    void deletePending(VerificationPurpose purpose, String subject);
}
