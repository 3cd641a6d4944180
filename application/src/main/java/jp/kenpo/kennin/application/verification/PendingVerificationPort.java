package jp.kenpo.kennin.application.verification;

import java.util.Optional;
import java.util.OptionalInt;
import jp.kenpo.kennin.domain.verification.PendingVerification;
import jp.kenpo.kennin.domain.verification.VerificationPurpose;

public interface PendingVerificationPort {
    Optional<PendingVerification> loadPending(VerificationPurpose purpose, String subject);

    /** Creates or replaces the pending verification (purpose, subject). */
    void savePending(PendingVerification pending);

    /** @return whether it was there: of two requests deleting the same one, exactly one sees {@code true}. */
    boolean deletePending(VerificationPurpose purpose, String subject);

    /**
     * Counts one try at the code whose hash is {@code codeHash}, in one conditional update, only
     * while that code is still pending, unused and has tries left. Callers count the try before
     * they compare the code, so parallel tries cannot pass the limit.
     *
     * @return the tries counted on the code including this one; empty when no try was left (or
     *         the code was replaced or is gone), and the code must then not be compared
     */
    OptionalInt countTry(VerificationPurpose purpose, String subject, String codeHash);
}
