package jp.kenpo.kennin.adapters.persistence.audit;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.AUDIT_LOG;

import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.domain.audit.AuditEvent;
import org.jooq.DSLContext;

/** Append-only: this adapter never updates or deletes an audit row. */
public final class AuditLog implements RecordAuditPort {
    private final DSLContext dsl;

    public AuditLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void record(AuditEvent event) {
        dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.OCCURRED_AT, event.at())
                .set(AUDIT_LOG.ACTION, event.action().name())
                .set(AUDIT_LOG.INSURER_CODE, event.insurerCode())
                .set(AUDIT_LOG.MEMBER_ID, event.memberId().orElse(null))
                .set(AUDIT_LOG.ACCOUNT_ID, event.accountId().orElse(null))
                .set(AUDIT_LOG.STAFF_ID, event.staffId().orElse(null))
                .set(AUDIT_LOG.CLIENT_ADDRESS, event.clientAddress())
                .set(AUDIT_LOG.DETAIL, event.detail())
                .execute();
    }
}
