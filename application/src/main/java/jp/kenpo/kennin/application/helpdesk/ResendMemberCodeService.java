package jp.kenpo.kennin.application.helpdesk;

import java.time.Clock;
import java.util.Optional;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.registration.ResendRegistrationCodeUseCase;
import jp.kenpo.kennin.application.registration.ResendRegistrationCodeUseCase.ResendCodeResult;
import jp.kenpo.kennin.application.registration.ResendRegistrationCodeUseCase.ResendRegistrationCodeCommand;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.staff.StaffPermission;
import jp.kenpo.kennin.domain.staff.StaffReason;

public final class ResendMemberCodeService implements ResendMemberCodeUseCase {
    private final HelpDeskPorts ports;
    private final ResendRegistrationCodeUseCase resend;
    private final AuditTrail audit;

    public ResendMemberCodeService(HelpDeskPorts ports, ResendRegistrationCodeUseCase resend, RecordAuditPort audit,
                                   Clock clock) {
        this.ports = ports;
        this.resend = resend;
        this.audit = new AuditTrail(audit, clock);
    }

    @Override
    public ResendMemberCodeResult resendMemberCode(ResendMemberCodeCommand command) {
        StaffMayNot.check(command.staff(), StaffPermission.HELP_MEMBERS);
        Optional<InsuredMember> member = StaffScope.member(ports.survey().members(), command.staff(), command.member());
        if (member.isEmpty()) {
            return new ResendMemberCodeResult.NotFound();
        }
        StaffReason reason;
        try {
            reason = StaffReason.parse(command.reason());
        } catch (InvalidValueException e) {
            return new ResendMemberCodeResult.Invalid(e.code());
        }
        ResendCodeResult outcome = resend.resendRegistrationCode(
                new ResendRegistrationCodeCommand(member.get().id(), command.client()));
        audit.staffOnMember(AuditAction.REGISTRATION_CODE_RESENT_BY_STAFF, command.staff(), member.get(), command.client(),
                "outcome=" + outcome.getClass().getSimpleName() + " reason=" + reason);
        return new ResendMemberCodeResult.Done(outcome);
    }
}
