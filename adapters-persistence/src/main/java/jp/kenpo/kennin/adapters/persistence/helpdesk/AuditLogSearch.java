package jp.kenpo.kennin.adapters.persistence.helpdesk;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.AUDIT_LOG;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.MEMBER;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.STAFF;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.helpdesk.SearchAuditLogPort;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.audit.AuditEvent;
import jp.kenpo.kennin.domain.staff.LoginName;
import jp.kenpo.kennin.adapters.persistence.jooq.tables.records.AuditLogRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Reads the audit log for the audit screen; never writes it. Each line comes with the acting staff
 * member's login name and the member's 記号・番号, joined in at read time (the log itself keeps ids
 * only, and outlives what it names: a line whose staff member or member is gone shows the id).
 */
public final class AuditLogSearch implements SearchAuditLogPort {
    private final DSLContext dsl;

    public AuditLogSearch(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<AuditLine> search(AuditFilter filter, int offset, int limit) {
        List<Condition> where = new ArrayList<>();
        where.add(AUDIT_LOG.INSURER_CODE.eq(filter.insurer().value()));
        filter.staff().ifPresent(s -> where.add(s instanceof StaffRef.ById byId ? AUDIT_LOG.STAFF_ID.eq(byId.id().value())
                : AUDIT_LOG.STAFF_ID.in(DSL.select(STAFF.ID).from(STAFF)
                .where(STAFF.LOGIN_KEY.eq(((StaffRef.ByLogin) s).login().key())))));
        filter.member().ifPresent(m -> where.add(AUDIT_LOG.MEMBER_ID.eq(m.value())));
        filter.action().ifPresent(a -> where.add(AUDIT_LOG.ACTION.eq(a.name())));
        filter.from().ifPresent(f -> where.add(AUDIT_LOG.OCCURRED_AT.ge(f)));
        filter.until().ifPresent(u -> where.add(AUDIT_LOG.OCCURRED_AT.lt(u)));
        return dsl.select(AUDIT_LOG.asterisk(), STAFF.LOGIN_NAME, MEMBER.SYMBOL, MEMBER.NUMBER)
                .from(AUDIT_LOG)
                .leftJoin(STAFF).on(STAFF.ID.eq(AUDIT_LOG.STAFF_ID))
                .leftJoin(MEMBER).on(MEMBER.ID.eq(AUDIT_LOG.MEMBER_ID), MEMBER.INSURER_CODE.eq(AUDIT_LOG.INSURER_CODE))
                .where(where)
                .orderBy(AUDIT_LOG.OCCURRED_AT.desc(), AUDIT_LOG.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch()
                .stream()
                .flatMap(row -> {
                    AuditLogRecord r = row.into(AUDIT_LOG);
                    String login = row.get(STAFF.LOGIN_NAME);
                    String symbol = row.get(MEMBER.SYMBOL);
                    return action(r.getAction()).map(action -> new AuditLine(r.getId(), new AuditEvent(r.getOccurredAt(),
                            action, r.getInsurerCode(), Optional.ofNullable(r.getMemberId()),
                            Optional.ofNullable(r.getAccountId()), Optional.ofNullable(r.getStaffId()), r.getClientAddress(),
                            r.getDetail()), Optional.ofNullable(login).map(LoginName::new),
                            Optional.ofNullable(symbol).map(sym -> sym + "-" + row.get(MEMBER.NUMBER)))).stream();
                })
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
