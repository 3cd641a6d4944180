package jp.kenpo.kennin.adapters.persistence;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.Optional;
import jp.kenpo.kennin.adapters.persistence.jooq.tables.records.AuditLogRecord;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.audit.AuditEvent;
import org.junit.jupiter.api.Test;

interface AuditLogContract extends PersistenceContract {
    @Test
    default void eventIsAppendedAsALine() {
        String insurer = newInsurer().value();
        Instant at = Instant.parse("2025-06-01T12:00:00.123456Z");

        database().auditLog().record(new AuditEvent(at, AuditAction.LOGIN_SUCCEEDED, insurer, Optional.of(501L), Optional.of(77L),
                "203.0.113.9", "ログイン成功"));
        database().auditLog().record(new AuditEvent(at.plusSeconds(1), AuditAction.LOGIN_FAILED, insurer, Optional.empty(),
                Optional.empty(), "local", ""));

        assertThat(sql().selectFrom(AUDIT_LOG).where(AUDIT_LOG.INSURER_CODE.eq(insurer)).orderBy(AUDIT_LOG.ID).fetch())
                .extracting(AuditLogRecord::getOccurredAt, AuditLogRecord::getAction, AuditLogRecord::getMemberId,
                        AuditLogRecord::getAccountId, AuditLogRecord::getClientAddress, AuditLogRecord::getDetail)
                .containsExactly(
                        tuple(at, "LOGIN_SUCCEEDED", 501L, 77L, "203.0.113.9", "ログイン成功"),
                        tuple(at.plusSeconds(1), "LOGIN_FAILED", null, null, "local", ""));
    }
}
