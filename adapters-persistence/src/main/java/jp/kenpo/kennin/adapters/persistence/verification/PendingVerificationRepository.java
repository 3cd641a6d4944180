package jp.kenpo.kennin.adapters.persistence.verification;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.PENDING_VERIFICATION;

import java.util.Optional;
import java.util.OptionalInt;
import jp.kenpo.kennin.adapters.persistence.jooq.tables.records.PendingVerificationRecord;
import jp.kenpo.kennin.application.verification.PendingVerificationPort;
import jp.kenpo.kennin.domain.verification.CodeChallenge;
import jp.kenpo.kennin.domain.verification.PendingVerification;
import jp.kenpo.kennin.domain.verification.VerificationPurpose;
import org.jooq.DSLContext;

/** One row per (purpose, subject); its challenge columns change as codes are resent and tried. */
public final class PendingVerificationRepository implements PendingVerificationPort {
    private final DSLContext dsl;

    public PendingVerificationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<PendingVerification> loadPending(VerificationPurpose purpose, String subject) {
        return dsl.selectFrom(PENDING_VERIFICATION)
                .where(PENDING_VERIFICATION.PURPOSE.eq(purpose.name()))
                .and(PENDING_VERIFICATION.SUBJECT.eq(subject))
                .fetchOptional(PendingVerificationRepository::toPending);
    }

    @Override
    public void savePending(PendingVerification pending) {
        CodeChallenge challenge = pending.challenge();
        PendingVerificationRecord record = dsl.newRecord(PENDING_VERIFICATION);
        record.setPurpose(pending.purpose().name());
        record.setSubject(pending.subject());
        record.setCodeHash(challenge.codeHash());
        record.setIssuedAt(challenge.issuedAt());
        record.setExpiresAt(challenge.expiresAt());
        record.setFailedTries(challenge.failedTries());
        record.setMaxTries(challenge.maxTries());
        record.setUsed(challenge.used());
        record.setLastSentAt(challenge.lastSentAt());
        record.setUserId(pending.userId().orElse(null));
        record.setPasswordHash(pending.passwordHash().orElse(null));
        record.setNewEmail(pending.newEmail().orElse(null));
        record.merge();
    }

    @Override
    public boolean deletePending(VerificationPurpose purpose, String subject) {
        return dsl.deleteFrom(PENDING_VERIFICATION)
                .where(PENDING_VERIFICATION.PURPOSE.eq(purpose.name()))
                .and(PENDING_VERIFICATION.SUBJECT.eq(subject))
                .execute() > 0;
    }

    /**
     * One conditional update: of any number of parallel tries, only as many as the code has
     * tries left change the row, and the others find no row to change. The count is read back
     * in the same statement.
     */
    @Override
    public OptionalInt countTry(VerificationPurpose purpose, String subject, String codeHash) {
        return dsl.update(PENDING_VERIFICATION)
                .set(PENDING_VERIFICATION.FAILED_TRIES, PENDING_VERIFICATION.FAILED_TRIES.plus(1))
                .where(PENDING_VERIFICATION.PURPOSE.eq(purpose.name()))
                .and(PENDING_VERIFICATION.SUBJECT.eq(subject))
                .and(PENDING_VERIFICATION.CODE_HASH.eq(codeHash))
                .and(PENDING_VERIFICATION.USED.isFalse())
                .and(PENDING_VERIFICATION.FAILED_TRIES.lt(PENDING_VERIFICATION.MAX_TRIES))
                .returningResult(PENDING_VERIFICATION.FAILED_TRIES)
                .fetchOptional()
                .map(r -> OptionalInt.of(r.value1()))
                .orElse(OptionalInt.empty());
    }

    private static PendingVerification toPending(PendingVerificationRecord r) {
        return new PendingVerification(VerificationPurpose.valueOf(r.getPurpose()), r.getSubject(),
                new CodeChallenge(r.getCodeHash(), r.getIssuedAt(), r.getExpiresAt(), r.getFailedTries(), r.getMaxTries(),
                        r.getUsed(), r.getLastSentAt()),
                Optional.ofNullable(r.getUserId()), Optional.ofNullable(r.getPasswordHash()),
                Optional.ofNullable(r.getNewEmail()));
    }
}
