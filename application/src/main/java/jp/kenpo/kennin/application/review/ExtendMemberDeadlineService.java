package jp.kenpo.kennin.application.review;

import java.time.Clock;
import java.util.Optional;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.progress.ProgressTracker;
import jp.kenpo.kennin.application.review.ExtendSurveyDeadlineUseCase.ExtendSurveyDeadlineResult;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.application.survey.SurveyPorts;
import jp.kenpo.kennin.application.transaction.Transactions;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.staff.StaffPermission;
import jp.kenpo.kennin.domain.staff.StaffReason;

public final class ExtendMemberDeadlineService implements ExtendMemberDeadlineUseCase {
    private final SurveyPorts ports;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final ProgressTracker progress;

    public ExtendMemberDeadlineService(SurveyPorts ports, RecordAuditPort audit, Clock clock) {
        this(ports, audit, clock, KeptProgress.WITHOUT_TRANSACTION, ProgressTracker.none());
    }

    /** With the dashboard: the extension and the member's progress (their extended_until) in one transaction. */
    public ExtendMemberDeadlineService(SurveyPorts ports, RecordAuditPort audit, Clock clock, Transactions transactions,
                                       ProgressTracker progress) {
        this.ports = ports;
        this.audit = new AuditTrail(audit, clock);
        this.transactions = transactions;
        this.progress = progress;
    }

    @Override
    public ExtendSurveyDeadlineResult extendMemberDeadline(ExtendMemberDeadlineCommand command) {
        StaffMayNot.check(command.staff(), StaffPermission.HELP_MEMBERS);
        Optional<StaffCase> found = StaffCase.of(ports, command.staff().insurerCode(), command.member());
        if (found.isEmpty()) {
            return new ExtendSurveyDeadlineResult.NotFound();
        }
        StaffReason reason;
        try {
            reason = StaffReason.parse(command.reason());
        } catch (InvalidValueException e) {
            return new ExtendSurveyDeadlineResult.Invalid(e.code());
        }
        ExtendSurveyDeadlineResult result = ExtendSurveyDeadlineService.extendKept(ports, transactions, progress, found.get(),
                command.until());
        if (result instanceof ExtendSurveyDeadlineResult.Extended extended) {
            audit.staffOnMember(AuditAction.SURVEY_DEADLINE_EXTENDED, command.staff(), found.get().member(),
                    command.client(), "until=" + extended.deadline().day() + " reason=" + reason);
        }
        return result;
    }
}
