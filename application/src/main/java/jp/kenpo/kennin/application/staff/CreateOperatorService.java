package jp.kenpo.kennin.application.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.transaction.Transactions;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.staff.LoginName;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.staff.StaffRole;

public final class CreateOperatorService implements CreateOperatorUseCase {
    private final StaffPort staff;
    private final StaffEnrolmentLinks links;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public CreateOperatorService(StaffPort staff, StaffEnrolmentLinks links, Transactions transactions, RecordAuditPort audit,
                                 Clock clock) {
        this.staff = staff;
        this.links = links;
        this.transactions = transactions;
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
    }

    @Override
    public CreateOperatorResult createOperator(CreateOperatorCommand command) {
        StaffPort.NewStaff operator;
        try {
            LoginName login = LoginName.parse(command.login());
            String name = command.displayName() == null || command.displayName().isBlank() ? login.value()
                    : command.displayName().strip();
            operator = new StaffPort.NewStaff(Optional.empty(), login, name, Optional.empty(), StaffRole.OPERATOR,
                    Optional.empty());
        } catch (InvalidValueException e) {
            return new CreateOperatorResult.Invalid(e.code());
        }
        Instant now = clock.instant();
        Optional<CreateOperatorResult.Created> created = transactions.inTransaction(() -> staff.createStaff(operator, now)
                .map(id -> {
                    StaffEnrolmentLinks.Link link = links.issue(id, now);
                    return new CreateOperatorResult.Created(id, link.url(), link.expiresAt());
                }));
        if (created.isEmpty()) {
            return new CreateOperatorResult.LoginTaken();
        }
        StaffId id = created.get().id();
        audit.anonymous(AuditAction.STAFF_CREATED, "", ClientAddress.local(),
                "staff=" + id.value() + " role=OPERATOR login=" + operator.login() + " by command line");
        return created.get();
    }
}
