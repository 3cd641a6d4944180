package jp.kenpo.kennin.application.audit;

import java.time.Clock;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.audit.AuditEvent;
import jp.kenpo.kennin.domain.member.InsuredMember;

/** Writes audit events stamped by the clock, naming as much of who acted as is known. */
public final class AuditTrail {
    private final RecordAuditPort port;
    private final Clock clock;

    public AuditTrail(RecordAuditPort port, Clock clock) {
        this.port = port;
        this.clock = clock;
    }

    /** Nobody known: only the insurer (possibly blank) and the client address. */
    public void anonymous(AuditAction action, String insurerCode, ClientAddress client, String detail) {
        record(action, insurerCode, Optional.empty(), Optional.empty(), client, detail);
    }

    public void member(AuditAction action, InsuredMember member, ClientAddress client, String detail) {
        record(action, member.insurer().value(), Optional.of(member.id().value()), Optional.empty(), client, detail);
    }

    public void account(AuditAction action, Account account, ClientAddress client, String detail) {
        record(action, account.insurer().value(), Optional.of(account.member().value()), Optional.of(account.id().value()),
                client, detail);
    }

    /** A staff member acted or looked, at their insurer (the operator: at none). */
    public void staff(AuditAction action, StaffActor staff, ClientAddress client, String detail) {
        port.record(new AuditEvent(clock.instant(), action, staff.insurer().map(i -> i.value()).orElse(""), Optional.empty(),
                Optional.empty(), Optional.of(staff.id().value()), client.value(), detail));
    }

    /** A staff member acted on or looked at one member's data: both are named, so either can be searched. */
    public void staffOnMember(AuditAction action, StaffActor staff, InsuredMember member, ClientAddress client,
                              String detail) {
        port.record(new AuditEvent(clock.instant(), action, member.insurer().value(), Optional.of(member.id().value()),
                Optional.empty(), Optional.of(staff.id().value()), client.value(), detail));
    }

    private void record(AuditAction action, String insurerCode, Optional<Long> member, Optional<Long> account,
                        ClientAddress client, String detail) {
        port.record(new AuditEvent(clock.instant(), action, insurerCode, member, account, client.value(), detail));
    }
}
