package jp.kenpo.kennin.application.helpdesk;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.audit.AuditEvent;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.staff.StaffId;

/** Reads the audit log back for the audit screen; always within one insurer. */
public interface SearchAuditLogPort {
    /** The lines matching {@code filter}, newest first. */
    List<AuditLine> search(AuditFilter filter, int offset, int limit);

    /**
     * @param from inclusive
     * @param until exclusive
     */
    record AuditFilter(InsurerCode insurer, Optional<StaffId> staff, Optional<MemberId> member, Optional<AuditAction> action,
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

    /** @param id the line's number in the log, for the screen to tell lines of the same instant apart */
    record AuditLine(long id, AuditEvent event) {
        public AuditLine {
            Objects.requireNonNull(event);
        }
    }
}
