package jp.kenpo.kennin.application.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.Lenient;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.transaction.Transactions;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.staff.LoginName;
import jp.kenpo.kennin.domain.staff.StaffMember;
import jp.kenpo.kennin.domain.staff.StaffRole;
import jp.kenpo.kennin.domain.staff.StaffState;

public final class ReissueOperatorEnrolmentService implements ReissueOperatorEnrolmentUseCase {
    private final StaffPort staff;
    private final StaffEnrolmentLinks links;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public ReissueOperatorEnrolmentService(StaffPort staff, StaffEnrolmentLinks links, Transactions transactions,
                                           RecordAuditPort audit, Clock clock) {
        this.staff = staff;
        this.links = links;
        this.transactions = transactions;
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
    }

    @Override
    public ReissueOperatorEnrolmentResult reissueOperatorEnrolment(ReissueOperatorEnrolmentCommand command) {
        Optional<StaffMember> operator = Lenient.read(() -> LoginName.parse(command.login())).flatMap(staff::findByLogin)
                .map(StaffAccount::member).filter(m -> m.role() == StaffRole.OPERATOR);
        if (operator.isEmpty()) {
            return new ReissueOperatorEnrolmentResult.NotFound();
        }
        StaffMember member = operator.get();
        if (member.state() == StaffState.DISABLED) {
            return new ReissueOperatorEnrolmentResult.Disabled();
        }
        Instant now = clock.instant();
        Optional<StaffEnrolmentLinks.Link> link = transactions.inTransaction(() -> staff.restartEnrolment(member.id())
                ? Optional.of(links.issue(member.id(), now)) : Optional.empty());
        if (link.isEmpty()) {
            return new ReissueOperatorEnrolmentResult.Disabled();
        }
        audit.anonymous(AuditAction.STAFF_ENROLMENT_REISSUED, "", ClientAddress.local(),
                "staff=" + member.id().value() + " role=OPERATOR login=" + member.login() + " by command line");
        return new ReissueOperatorEnrolmentResult.Reissued(member.id(), link.get().url(), link.get().expiresAt());
    }
}
