package jp.kenpo.kennin.application.review;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.mail.BestEffortMail;
import jp.kenpo.kennin.application.mail.InsurerMails;
import jp.kenpo.kennin.application.mail.MailTemplate;
import jp.kenpo.kennin.application.mail.SendMailPort;
import jp.kenpo.kennin.application.survey.SurveyPorts;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.DependentNumber;
import jp.kenpo.kennin.domain.survey.SurveyResponse;
import jp.kenpo.kennin.domain.survey.SurveyStatus;

public final class ReturnSurveyResponseService implements ReturnSurveyResponseUseCase {
    private final SurveyPorts ports;
    private final SendMailPort mail;
    private final String loginUrl;
    private final AuditTrail audit;

    public ReturnSurveyResponseService(SurveyPorts ports, SendMailPort mail, String loginUrl, RecordAuditPort audit,
                                       Clock clock) {
        this.ports = ports;
        this.mail = mail;
        this.loginUrl = loginUrl;
        this.audit = new AuditTrail(audit, clock);
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
        Optional<Dependent> dependent = found.flatMap(c -> ports.dependents().dependentsOf(c.member().id()).stream()
                .filter(d -> d.number().equals(dependentNumber))
                .filter(d -> c.year().scope().includes(d, c.year().referenceDate())).findFirst());
        if (dependent.isEmpty()) {
            return new ReturnSurveyResponseResult.NotFound();
        }
        StaffCase c = found.get();
        Optional<SurveyResponse> response = ports.responses().loadResponse(c.year().insurer(), c.year().fiscalYear(),
                dependent.get().id()).filter(r -> r.status() == SurveyStatus.SUBMITTED);
        if (response.isEmpty()) {
            return new ReturnSurveyResponseResult.NotSubmitted();
        }
        SurveyResponse returned;
        try {
            returned = response.get().returnedBecause(command.reason());
        } catch (InvalidValueException e) {
            return new ReturnSurveyResponseResult.Invalid(e.code());
        }
        if (!ports.responses().markReturned(returned)) {
            // Returned by another staff member between the read and this write.
            return new ReturnSurveyResponseResult.NotSubmitted();
        }
        audit.member(AuditAction.SURVEY_RESPONSE_RETURNED, c.member(), command.client(),
                "staff=" + command.staff() + " dependent=" + dependent.get().id().value());
        Map<String, String> params = new HashMap<>(InsurerMails.contactMail(c.insurer()));
        params.put("loginUrl", loginUrl);
        return new ReturnSurveyResponseResult.Returned(BestEffortMail.send(mail,
                InsurerMails.from(c.insurer(), c.member().email(), MailTemplate.SURVEY_RETURNED, params)));
    }
}
