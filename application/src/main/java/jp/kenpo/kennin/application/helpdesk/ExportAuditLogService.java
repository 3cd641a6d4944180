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

public final class ExportAuditLogService implements ExportAuditLogUseCase {
    private final SearchAuditLogPort log;
    private final AuditTrail audit;

    public ExportAuditLogService(SearchAuditLogPort log, RecordAuditPort audit, Clock clock) {
        this.log = log;
        this.audit = new AuditTrail(audit, clock);
    }

    @Override
    public ExportAuditLogResult exportAuditLog(ExportAuditLogCommand command) {
        StaffMayNot.check(command.staff(), StaffPermission.VIEW_AUDIT_LOG);
        AuditFilter filter;
        try {
            filter = AuditLogFilters.read(command.staff(), command.filter());
        } catch (InvalidValueException e) {
            return new ExportAuditLogResult.Invalid(e.code());
        }
        List<AuditLine> lines = log.search(filter, 0, MAX_LINES + 1);
        boolean truncated = lines.size() > MAX_LINES;
        List<AuditLine> exported = truncated ? lines.subList(0, MAX_LINES) : lines;
        audit.staff(AuditAction.AUDIT_LOG_EXPORTED, command.staff(), command.client(),
                AuditLogFilters.describe(filter) + " lines=" + exported.size() + (truncated ? " truncated" : ""));
        return new ExportAuditLogResult.Exported(exported, truncated);
    }
}
