package jp.kenpo.kennin.application.review;

import java.time.Clock;
import java.util.Optional;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.mail.SendMailPort;
import jp.kenpo.kennin.application.progress.ProgressTracker;
import jp.kenpo.kennin.application.review.ReturnSurveyResponseUseCase.ReturnSurveyResponseResult;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.application.survey.SurveyPorts;
import jp.kenpo.kennin.application.transaction.Transactions;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.staff.StaffPermission;

public final class ReturnMemberResponseService implements ReturnMemberResponseUseCase {
    private final SurveyPorts ports;
    private final ReturnSurveyResponseService mailing;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final ProgressTracker progress;

    public ReturnMemberResponseService(SurveyPorts ports, SendMailPort mail, String loginUrl, RecordAuditPort audit,
                                       Clock clock) {
        this(ports, mail, loginUrl, audit, clock, KeptProgress.WITHOUT_TRANSACTION, ProgressTracker.none());
    }

    public ReturnMemberResponseService(SurveyPorts ports, SendMailPort mail, String loginUrl, RecordAuditPort audit,
                                       Clock clock, Transactions transactions, ProgressTracker progress) {
        this.ports = ports;
        this.mailing = new ReturnSurveyResponseService(ports, mail, loginUrl, audit, clock);
        this.audit = new AuditTrail(audit, clock);
        this.transactions = transactions;
        this.progress = progress;
    }

    @Override
    public ReturnSurveyResponseResult returnMemberResponse(ReturnMemberResponseCommand command) {
        StaffMayNot.check(command.staff(), StaffPermission.HELP_MEMBERS);
        Optional<StaffCase> found = StaffCase.of(ports, command.staff().insurerCode(), command.member());
        if (found.isEmpty()) {
            return new ReturnSurveyResponseResult.NotFound();
        }
        StaffCase c = found.get();
        Optional<Dependent> dependent = ports.dependents().dependentsOf(c.member().id()).stream()
                .filter(d -> d.id().equals(command.dependent())).findFirst();
        ReturnSurveyResponseResult result = KeptProgress.of(transactions, progress, c,
                () -> ReturnSurveyResponseService.sendBack(ports, c, dependent, command.reason()));
        if (!(result instanceof ReturnSurveyResponseResult.Returned)) {
            return result;
        }
        audit.staffOnMember(AuditAction.SURVEY_RESPONSE_RETURNED, command.staff(), c.member(), command.client(),
                "dependent=" + command.dependent().value());
        return new ReturnSurveyResponseResult.Returned(mailing.mailReturned(c));
    }
}
