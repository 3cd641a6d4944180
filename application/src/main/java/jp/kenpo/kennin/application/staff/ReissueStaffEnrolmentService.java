package jp.kenpo.kennin.application.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.mail.SendMailPort;
import jp.kenpo.kennin.application.transaction.Transactions;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.staff.StaffMember;
import jp.kenpo.kennin.domain.staff.StaffState;

public final class ReissueStaffEnrolmentService implements ReissueStaffEnrolmentUseCase {
    private final StaffPort staff;
    private final StaffEnrolmentLinks links;
    private final StaffEnrolmentMail enrolmentMail;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public ReissueStaffEnrolmentService(StaffPort staff, LoadInsurerPort insurers, StaffEnrolmentLinks links, SendMailPort mail,
                                        StaffMailSender installationSender, Transactions transactions, RecordAuditPort audit,
                                        Clock clock) {
        this.staff = staff;
        this.links = links;
        this.enrolmentMail = new StaffEnrolmentMail(mail, insurers, installationSender);
        this.transactions = transactions;
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
    }

    @Override
    public ReissueStaffEnrolmentResult reissueEnrolment(ReissueStaffEnrolmentCommand command) {
        SignedInStaff actor = command.actor();
        StaffScope.checkMayManage(actor);
        if (command.staff().equals(actor.id())) {
            return new ReissueStaffEnrolmentResult.CannotReissueYourself();
        }
        Optional<StaffMember> target = staff.findStaff(command.staff()).filter(m -> StaffScope.manages(actor, m));
        if (target.isEmpty()) {
            return new ReissueStaffEnrolmentResult.NotFound();
        }
        StaffMember member = target.get();
        if (member.state() == StaffState.DISABLED) {
            return new ReissueStaffEnrolmentResult.Disabled();
        }
        if (member.email().isEmpty()) {
            return new ReissueStaffEnrolmentResult.NoEmail();
        }
        Instant now = clock.instant();
        // Mail first, reset after: a refused mail leaves the account as it was instead of locked.
        StaffEnrolmentLinks.Prepared link = links.prepare(now);
        if (!enrolmentMail.send(member, link.link())) {
            audit.staff(AuditAction.STAFF_ENROLMENT_REISSUED, actor, command.client(), "staff=" + member.id().value()
                    + member.insurer().map(i -> " insurer=" + i).orElse("") + " login=" + member.login()
                    + "; enrolment mail not sent, nothing reset");
            return new ReissueStaffEnrolmentResult.Reissued(link.link().expiresAt(), false);
        }
        boolean reset = transactions.inTransaction(() -> {
            if (!staff.restartEnrolment(member.id())) {
                return false;
            }
            links.save(member.id(), link);
            return true;
        });
        if (!reset) {
            // Disabled between the check and now: the mailed link was never stored, so it opens nothing.
            return new ReissueStaffEnrolmentResult.Disabled();
        }
        audit.staff(AuditAction.STAFF_ENROLMENT_REISSUED, actor, command.client(), "staff=" + member.id().value()
                + member.insurer().map(i -> " insurer=" + i).orElse("") + " login=" + member.login());
        return new ReissueStaffEnrolmentResult.Reissued(link.link().expiresAt(), true);
    }
}
