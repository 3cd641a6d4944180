package jp.kenpo.kennin.application.helpdesk;

import java.util.List;
import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.helpdesk.QueryAuditLogUseCase.AuditLogFilter;
import jp.kenpo.kennin.application.helpdesk.SearchAuditLogPort.AuditLine;
import jp.kenpo.kennin.application.staff.SignedInStaff;

/**
 * Every line the audit screen's filter matches, for a CSV file (the web adapter writes it), up to
 * {@link #MAX_LINES}: more is a sign the period is too wide. Requires {@code VIEW_AUDIT_LOG};
 * the export is itself audited.
 */
public interface ExportAuditLogUseCase {
    int MAX_LINES = 50_000;

    ExportAuditLogResult exportAuditLog(ExportAuditLogCommand command);

    record ExportAuditLogCommand(SignedInStaff staff, AuditLogFilter filter, ClientAddress client) {
        public ExportAuditLogCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(filter);
            Objects.requireNonNull(client);
        }
    }

    sealed interface ExportAuditLogResult {
        /** @param truncated more lines matched than {@link #MAX_LINES} */
        record Exported(List<AuditLine> lines, boolean truncated) implements ExportAuditLogResult {
            public Exported {
                lines = List.copyOf(lines);
            }
        }

        record Invalid(String code) implements ExportAuditLogResult {
        }
    }
}
