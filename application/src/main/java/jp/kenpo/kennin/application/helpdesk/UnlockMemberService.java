package jp.kenpo.kennin.application.helpdesk;

import java.time.Clock;
import java.util.Optional;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.security.LoginFailureKeys;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.staff.StaffPermission;
import jp.kenpo.kennin.domain.staff.StaffReason;

public final class UnlockMemberService implements UnlockMemberUseCase {
    private final HelpDeskPorts ports;
    private final AuditTrail audit;

    public UnlockMemberService(HelpDeskPorts ports, RecordAuditPort audit, Clock clock) {
        this.ports = ports;
        this.audit = new AuditTrail(audit, clock);
    }

    @Override
    public UnlockMemberResult unlockMember(UnlockMemberCommand command) {
        StaffMayNot.check(command.staff(), StaffPermission.HELP_MEMBERS);
        Optional<InsuredMember> member = StaffScope.member(ports.survey().members(), command.staff(), command.member());
        if (member.isEmpty()) {
            return new UnlockMemberResult.NotFound();
        }
        StaffReason reason;
        try {
            reason = StaffReason.parse(command.reason());
        } catch (InvalidValueException e) {
            return new UnlockMemberResult.Invalid(e.code());
        }
        if (command.lock() == Lock.LOGIN) {
            // Every account the member has: a lock-out on last year's account would only come back to the help desk.
            ports.survey().accounts().findByMember(member.get().id())
                    .forEach(account -> ports.failures().reset(LoginFailureKeys.account(account.id())));
            audit.staffOnMember(AuditAction.MEMBER_LOGIN_UNLOCKED, command.staff(), member.get(), command.client(),
                    "reason=" + reason);
        } else {
            // Only the lifetime count the member cannot lift; daily and cool-down limits pass by themselves.
            ports.signupLimits().resetCodeTries(member.get().id());
            audit.staffOnMember(AuditAction.SIGNUP_UNLOCKED, command.staff(), member.get(), command.client(),
                    "reason=" + reason);
        }
        return new UnlockMemberResult.Unlocked();
    }
}
