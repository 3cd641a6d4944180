package jp.kenpo.kennin.adapters.persistence.audit;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.AUDIT_LOG;

import jp.kenpo.kennin.adapters.persistence.cache.RenderedQuery;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.domain.audit.AuditEvent;
import org.jooq.DSLContext;

/** Append-only: this adapter never updates or deletes an audit row. */
public final class AuditLog implements RecordAuditPort {
    private final RenderedQuery insert;

    public AuditLog(DSLContext dsl) {
        // Every page that shows personal data writes a row: rendered once.
        this.insert = RenderedQuery.ofWrite(dsl, dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.OCCURRED_AT, java.time.Instant.EPOCH)
                .set(AUDIT_LOG.ACTION, "")
                .set(AUDIT_LOG.INSURER_CODE, "")
                .set(AUDIT_LOG.MEMBER_ID, 0L)
                .set(AUDIT_LOG.ACCOUNT_ID, 0L)
                .set(AUDIT_LOG.STAFF_ID, 0L)
                .set(AUDIT_LOG.CLIENT_ADDRESS, "")
                .set(AUDIT_LOG.DETAIL, ""));
    }

    @Override
    public void record(AuditEvent event) {
        insert.execute(event.at(), event.action().name(), event.insurerCode(), event.memberId().orElse(null),
                event.accountId().orElse(null), event.staffId().orElse(null), event.clientAddress(), event.detail());
    }
}
