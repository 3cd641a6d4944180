package jp.kenpo.kennin.application.helpdesk;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.audit.AuditEvent;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.staff.LoginName;
import jp.kenpo.kennin.domain.staff.StaffId;

/** Reads the audit log back for the audit screen; always within one insurer. */
public interface SearchAuditLogPort {
    /** The lines matching {@code filter}, newest first. */
    List<AuditLine> search(AuditFilter filter, int offset, int limit);

    /**
     * @param staff      a staff member by id, or by login name (any case, as they sign in)
     * @param from       inclusive
     * @param until      exclusive
     */
    record AuditFilter(InsurerCode insurer, Optional<StaffRef> staff, Optional<MemberId> member, Optional<AuditAction> action,
                       Optional<Instant> from, Optional<Instant> until) {
        public AuditFilter {
            Objects.requireNonNull(insurer);
            Objects.requireNonNull(staff);
            Objects.requireNonNull(member);
            Objects.requireNonNull(action);
            Objects.requireNonNull(from);
            Objects.requireNonNull(until);
        }
    }

    /** Whom the staff filter names: an id as the log keeps it, or the login name staff know each other by. */
    sealed interface StaffRef {
        record ById(StaffId id) implements StaffRef {
        }

        record ByLogin(LoginName login) implements StaffRef {
        }
    }

    /**
     * @param id         the line's number in the log, for the screen to tell lines of the same instant apart
     * @param staffLogin the acting staff member's login name, when a staff member acted and is still known
     * @param memberCard the member's 記号・番号 ("12-3456"), when the line is about a member still on the roster
     */
    record AuditLine(long id, AuditEvent event, Optional<LoginName> staffLogin, Optional<String> memberCard) {
        public AuditLine {
            Objects.requireNonNull(event);
            Objects.requireNonNull(staffLogin);
            Objects.requireNonNull(memberCard);
        }
    }
}
