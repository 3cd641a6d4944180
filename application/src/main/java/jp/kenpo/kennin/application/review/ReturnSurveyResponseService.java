package jp.kenpo.kennin.application.review;

import java.time.Clock;
import java.util.Optional;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.mail.SendMailPort;
import jp.kenpo.kennin.application.progress.ProgressTracker;
import jp.kenpo.kennin.application.survey.SurveyPorts;
import jp.kenpo.kennin.application.transaction.Transactions;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.DependentNumber;
import jp.kenpo.kennin.domain.survey.SurveyResponse;
import jp.kenpo.kennin.domain.survey.SurveyStatus;

public final class ReturnSurveyResponseService implements ReturnSurveyResponseUseCase {
    private final SurveyPorts ports;
    private final ReviewMails mails;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final ProgressTracker progress;

    public ReturnSurveyResponseService(SurveyPorts ports, SendMailPort mail, String loginUrl, RecordAuditPort audit,
                                       Clock clock) {
        this(ports, mail, loginUrl, audit, clock, KeptProgress.WITHOUT_TRANSACTION, ProgressTracker.none());
    }

    public ReturnSurveyResponseService(SurveyPorts ports, SendMailPort mail, String loginUrl, RecordAuditPort audit,
                                       Clock clock, Transactions transactions, ProgressTracker progress) {
        this.ports = ports;
        this.mails = new ReviewMails(mail, ports.accounts(), loginUrl);
        this.audit = new AuditTrail(audit, clock);
        this.transactions = transactions;
        this.progress = progress;
    }

    @Override
    public ReturnSurveyResponseResult returnSurveyResponse(ReturnSurveyResponseCommand command) {
        Optional<StaffCase> found;
        DependentNumber dependentNumber;
        try {
            found = StaffCase.find(ports, command.insurer(), command.symbol(), command.number());
            dependentNumber = DependentNumber.parse(command.dependentNumber());
        } catch (InvalidValueException e) {
            return new ReturnSurveyResponseResult.Invalid(e.code());
        }
        if (found.isEmpty()) {
            return new ReturnSurveyResponseResult.NotFound();
        }
        StaffCase c = found.get();
        Optional<Dependent> dependent = ports.dependents().dependentsOf(c.member().id()).stream()
                .filter(d -> d.number().equals(dependentNumber)).findFirst();
        ReturnSurveyResponseResult result = KeptProgress.of(transactions, progress, c,
                () -> sendBack(ports, c, dependent, command.reason()));
        if (!(result instanceof ReturnSurveyResponseResult.Returned)) {
            return result;
        }
        audit.member(AuditAction.SURVEY_RESPONSE_RETURNED, c.member(), command.client(),
                "staff=" + command.staff() + " dependent=" + dependent.get().id().value());
        return new ReturnSurveyResponseResult.Returned(mailReturned(c));
    }

    /**
     * Marks the dependent's submitted response returned with the reason, if the dependent is the
     * case member's and asked about this year; the caller audits and then mails.
     *
     * @return {@code Returned} (its mail flag means nothing yet) or why not
     */
    static ReturnSurveyResponseResult sendBack(SurveyPorts ports, StaffCase c, Optional<Dependent> candidate, String reason) {
        Optional<Dependent> dependent = candidate.filter(d -> d.member().equals(c.member().id()))
                .filter(d -> c.year().scope().includes(d, c.year().referenceDate()));
        if (dependent.isEmpty()) {
            return new ReturnSurveyResponseResult.NotFound();
        }
        Optional<SurveyResponse> response = ports.responses().loadResponse(c.year().insurer(), c.year().fiscalYear(),
                dependent.get().id()).filter(r -> r.status() == SurveyStatus.SUBMITTED);
        if (response.isEmpty()) {
            return new ReturnSurveyResponseResult.NotSubmitted();
        }
        SurveyResponse returned;
        try {
            returned = response.get().returnedBecause(reason);
        } catch (InvalidValueException e) {
            return new ReturnSurveyResponseResult.Invalid(e.code());
        }
        if (!ports.responses().markReturned(returned)) {
            // Returned by another staff member between the read and this write.
            return new ReturnSurveyResponseResult.NotSubmitted();
        }
        return new ReturnSurveyResponseResult.Returned(false);
    }

    /** Tells the member to log in and read why; false when the mail server refused (the return stands). */
    boolean mailReturned(StaffCase c) {
        return mails.returned(c);
    }
}
