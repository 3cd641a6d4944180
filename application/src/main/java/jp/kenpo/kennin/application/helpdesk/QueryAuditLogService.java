package jp.kenpo.kennin.application.helpdesk;

import java.time.Clock;
import java.util.List;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.helpdesk.SearchAuditLogPort.AuditFilter;
import jp.kenpo.kennin.application.helpdesk.SearchAuditLogPort.AuditLine;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.staff.StaffPermission;

public final class QueryAuditLogService implements QueryAuditLogUseCase {
    /** Deeper pages than this are what the CSV export is for. */
    static final int MAX_PAGE = 199;

    private final SearchAuditLogPort log;
    private final AuditTrail audit;

    public QueryAuditLogService(SearchAuditLogPort log, RecordAuditPort audit, Clock clock) {
        this.log = log;
        this.audit = new AuditTrail(audit, clock);
    }

    @Override
    public QueryAuditLogResult queryAuditLog(QueryAuditLogCommand command) {
        StaffMayNot.check(command.staff(), StaffPermission.VIEW_AUDIT_LOG);
        AuditFilter filter;
        try {
            filter = AuditLogFilters.read(command.staff(), command.filter());
        } catch (InvalidValueException e) {
            return new QueryAuditLogResult.Invalid(e.code());
        }
        int page = Math.max(0, Math.min(command.page(), MAX_PAGE));
        // Read before this look is logged, so the page does not show itself.
        List<AuditLine> lines = log.search(filter, page * PAGE_SIZE, PAGE_SIZE + 1);
        audit.staff(AuditAction.AUDIT_LOG_VIEWED, command.staff(), command.client(),
                AuditLogFilters.describe(filter) + " page=" + page);
        boolean hasMore = lines.size() > PAGE_SIZE;
        return new QueryAuditLogResult.Page(hasMore ? lines.subList(0, PAGE_SIZE) : lines, page, hasMore);
    }
}
