package jp.kenpo.kennin.application.helpdesk;

import java.time.Clock;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.helpdesk.ProxyEntryPort.ProxyAction;
import jp.kenpo.kennin.application.helpdesk.ProxyEntryPort.ProxyEntry;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.staff.StaffPermission;
import jp.kenpo.kennin.domain.staff.StaffReason;

/**
 * 代行入力: staff enter what a member sent on paper or said on the phone through the member's own
 * survey use cases, under the member's current account, so every rule of the member's side holds
 * (what may be changed when, file checks, deadline, completeness). Each entry is recorded as
 * staff's, with who and why, and audited.
 */
final class OnBehalf {
    private final HelpDeskPorts ports;
    private final AuditTrail audit;
    private final Clock clock;

    OnBehalf(HelpDeskPorts ports, AuditTrail audit, Clock clock) {
        this.ports = ports;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whose survey staff enter into, and why. */
    record Target(InsuredMember member, Account account, Insurer insurer, StaffReason reason) {
    }

    sealed interface Found {
        record Ready(Target target) implements Found {
        }

        record NotFound() implements Found {
        }

        /** The member has no account for the current year: the survey is reached through one. */
        record NotRegistered() implements Found {
        }

        record Invalid(String code) implements Found {
        }
    }

    Found find(SignedInStaff staff, MemberId id, String typedReason) {
        StaffMayNot.check(staff, StaffPermission.HELP_MEMBERS);
        Optional<InsuredMember> member = StaffScope.member(ports.survey().members(), staff, id);
        Optional<Insurer> insurer = member.flatMap(m -> ports.survey().insurers().loadInsurer(m.insurer()));
        if (insurer.isEmpty()) {
            return new Found.NotFound();
        }
        StaffReason reason;
        try {
            reason = StaffReason.parse(typedReason);
        } catch (InvalidValueException e) {
            return new Found.Invalid(e.code());
        }
        Optional<Account> account = ports.survey().accounts().findByMember(id).stream()
                .filter(a -> a.isCurrentFor(insurer.get())).findFirst();
        if (account.isEmpty()) {
            return new Found.NotRegistered();
        }
        return new Found.Ready(new Target(member.get(), account.get(), insurer.get(), reason));
    }

    void record(SignedInStaff staff, Target target, Optional<DependentId> dependent, ProxyAction action,
                AuditAction auditAction, ClientAddress client, String detail) {
        ports.proxyEntries().saveProxyEntry(new ProxyEntry(target.member().insurer(), target.insurer().currentFiscalYear(),
                target.member().id(), dependent, action, staff.id(), staff.login(), target.reason(), clock.instant()));
        audit.staffOnMember(auditAction, staff, target.member(), client, detail + " reason=" + target.reason());
    }
}
