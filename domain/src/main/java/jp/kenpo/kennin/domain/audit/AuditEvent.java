package jp.kenpo.kennin.domain.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the audit log: who (account, member or staff member, when known) did what, when,
 * from where. {@code detail} is short and never holds a secret (no passwords, no codes).
 *
 * @param staffId the staff member who acted or looked, for everything done in the back office
 */
public record AuditEvent(Instant at, AuditAction action, String insurerCode, Optional<Long> memberId,
                         Optional<Long> accountId, Optional<Long> staffId, String clientAddress, String detail) {
    public AuditEvent {
        Objects.requireNonNull(at);
        Objects.requireNonNull(action);
        Objects.requireNonNull(memberId);
        Objects.requireNonNull(accountId);
        Objects.requireNonNull(staffId);
        insurerCode = insurerCode == null ? "" : insurerCode;
        clientAddress = clientAddress == null ? "" : clientAddress;
        detail = detail == null ? "" : detail;
    }

    /** An event without a staff member: the members' side and the command line. */
    public AuditEvent(Instant at, AuditAction action, String insurerCode, Optional<Long> memberId,
                      Optional<Long> accountId, String clientAddress, String detail) {
        this(at, action, insurerCode, memberId, accountId, Optional.empty(), clientAddress, detail);
    }
}
