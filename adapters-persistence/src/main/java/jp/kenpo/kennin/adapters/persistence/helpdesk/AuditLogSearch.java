package jp.kenpo.kennin.adapters.persistence.helpdesk;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.AUDIT_LOG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.helpdesk.SearchAuditLogPort;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.audit.AuditEvent;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** Reads the audit log for the audit screen; never writes it. */
public final class AuditLogSearch implements SearchAuditLogPort {
    private final DSLContext dsl;

    public AuditLogSearch(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<AuditLine> search(AuditFilter filter, int offset, int limit) {
        List<Condition> where = new ArrayList<>();
        where.add(AUDIT_LOG.INSURER_CODE.eq(filter.insurer().value()));
        filter.staff().ifPresent(s -> where.add(AUDIT_LOG.STAFF_ID.eq(s.value())));
        filter.member().ifPresent(m -> where.add(AUDIT_LOG.MEMBER_ID.eq(m.value())));
        filter.action().ifPresent(a -> where.add(AUDIT_LOG.ACTION.eq(a.name())));
        filter.from().ifPresent(f -> where.add(AUDIT_LOG.OCCURRED_AT.ge(f)));
        filter.until().ifPresent(u -> where.add(AUDIT_LOG.OCCURRED_AT.lt(u)));
        return dsl.selectFrom(AUDIT_LOG)
                .where(where)
                .orderBy(AUDIT_LOG.OCCURRED_AT.desc(), AUDIT_LOG.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch()
                .stream()
                .flatMap(r -> action(r.getAction()).map(action -> new AuditLine(r.getId(), new AuditEvent(r.getOccurredAt(),
                        action, r.getInsurerCode(), Optional.ofNullable(r.getMemberId()), Optional.ofNullable(r.getAccountId()),
                        Optional.ofNullable(r.getStaffId()), r.getClientAddress(), r.getDetail()))).stream())
                .toList();
    }

    /** A line of an action this version no longer knows is left out rather than failing the whole page. */
    private static Optional<AuditAction> action(String name) {
        try {
            return Optional.of(AuditAction.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
