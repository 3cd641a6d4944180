package jp.kenpo.kennin.application.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.mail.SendMailPort;
import jp.kenpo.kennin.application.transaction.Transactions;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.staff.LoginName;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.staff.StaffRole;

/**
 * The operator creates an existing insurer's 管理者; a 管理者 creates any staff of their own
 * insurer but an operator. The new account gets its enrolment link by mail.
 */
public final class CreateStaffService implements CreateStaffUseCase {
    private final StaffPort staff;
    private final LoadInsurerPort insurers;
    private final StaffEnrolmentLinks links;
    private final StaffEnrolmentMail enrolmentMail;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public CreateStaffService(StaffPort staff, LoadInsurerPort insurers, StaffEnrolmentLinks links, SendMailPort mail,
                              StaffMailSender installationSender, Transactions transactions, RecordAuditPort audit, Clock clock) {
        this.staff = staff;
        this.insurers = insurers;
        this.links = links;
        this.enrolmentMail = new StaffEnrolmentMail(mail, insurers, installationSender);
        this.transactions = transactions;
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
    }

    @Override
    public CreateStaffResult createStaff(CreateStaffCommand command) {
        SignedInStaff actor = command.actor();
        StaffScope.checkMayManage(actor);
        boolean operator = actor.role() == StaffRole.OPERATOR;
        if (operator ? command.role() != StaffRole.ADMINISTRATOR : command.role() == StaffRole.OPERATOR) {
            return new CreateStaffResult.RoleNotAllowed();
        }
        StaffPort.NewStaff newStaff;
        try {
            InsurerCode insurer = operator
                    ? InsurerCode.parse(InvalidValueException.requirePresent(command.insurerCode().orElse(null),
                    "insurer.code.invalid", "insurer"))
                    : actor.insurerCode();
            if (insurers.loadInsurer(insurer).isEmpty()) {
                return new CreateStaffResult.UnknownInsurer();
            }
            LoginName login = LoginName.parse(command.login());
            EmailAddress email = EmailAddress.parse(InvalidValueException.requirePresent(command.email(), "email.invalid", "email"));
            String name = command.displayName() == null ? null : command.displayName().strip();
            Optional<String> office = command.role() == StaffRole.EMPLOYER_CONTACT
                    ? command.office().map(String::strip).filter(o -> !o.isEmpty()) : Optional.empty();
            newStaff = new StaffPort.NewStaff(Optional.of(insurer), login, name, Optional.of(email), command.role(), office);
        } catch (InvalidValueException e) {
            return new CreateStaffResult.Invalid(e.code());
        }
        Instant now = clock.instant();
        Optional<Created> created = transactions.inTransaction(() -> staff.createStaff(newStaff, now)
                .map(id -> new Created(id, links.issue(id, now))));
        if (created.isEmpty()) {
            return new CreateStaffResult.LoginTaken();
        }
        StaffId id = created.get().id();
        boolean mailed = staff.findStaff(id)
                .map(member -> enrolmentMail.send(member, created.get().link()))
                .orElse(false);
        audit.staff(AuditAction.STAFF_CREATED, actor, command.client(), "staff=" + id.value() + " insurer=" + newStaff.insurer().orElseThrow() + " role=" + newStaff.role()
                + " login=" + newStaff.login() + (mailed ? "" : "; enrolment mail not sent"));
        return new CreateStaffResult.Created(id, mailed);
    }

    private record Created(StaffId id, StaffEnrolmentLinks.Link link) {
    }
}
