package jp.kenpo.kennin.domain.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the audit log: who (account or member, when known) did what, when, from where.
 * {@code detail} is short and never holds a secret (no passwords, no codes).
 */
public record AuditEvent(Instant at, AuditAction action, String insurerCode, Optional<Long> memberId,
                         Optional<Long> accountId, String clientAddress, String detail) {
    public AuditEvent {
        Objects.requireNonNull(at);
        Objects.requireNonNull(action);
        insurerCode = insurerCode == null ? "" : insurerCode;
        clientAddress = clientAddress == null ? "" : clientAddress;
        detail = detail == null ? "" : detail;
    }
}
