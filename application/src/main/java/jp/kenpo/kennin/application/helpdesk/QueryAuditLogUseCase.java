package jp.kenpo.kennin.application.helpdesk;

import java.util.List;
import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.helpdesk.SearchAuditLogPort.AuditLine;
import jp.kenpo.kennin.application.staff.SignedInStaff;

/**
 * The audit screen: the insurer's audit log filtered by staff member, member, action and a period
 * of JST days, a page at a time. Requires {@code VIEW_AUDIT_LOG}; looking is itself audited.
 */
public interface QueryAuditLogUseCase {
    int PAGE_SIZE = 50;

    QueryAuditLogResult queryAuditLog(QueryAuditLogCommand command);

    /**
     * The filter as typed; blank means any.
     *
     * @param staffId  a staff member's id (digits)
     * @param memberId a member's id (digits), as the case screen links it
     * @param action   an {@link jp.kenpo.kennin.domain.audit.AuditAction} name
     * @param fromDay  first JST day (YYYY/MM/DD, YYYY-MM-DD or YYYYMMDD, any width), inclusive
     * @param toDay    last JST day, inclusive
     */
    record AuditLogFilter(String staffId, String memberId, String action, String fromDay, String toDay) {
        public static AuditLogFilter none() {
            return new AuditLogFilter("", "", "", "", "");
        }
    }

    record QueryAuditLogCommand(SignedInStaff staff, AuditLogFilter filter, int page, ClientAddress client) {
        public QueryAuditLogCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(filter);
            Objects.requireNonNull(client);
        }
    }

    sealed interface QueryAuditLogResult {
        record Page(List<AuditLine> lines, int page, boolean hasMore) implements QueryAuditLogResult {
            public Page {
                lines = List.copyOf(lines);
            }
        }

        /** @param code which filter field cannot be read */
        record Invalid(String code) implements QueryAuditLogResult {
        }
    }
}
