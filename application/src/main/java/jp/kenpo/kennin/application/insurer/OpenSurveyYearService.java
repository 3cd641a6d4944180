package jp.kenpo.kennin.application.insurer;

import java.time.Clock;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.Lenient;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.transaction.Transactions;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.survey.SurveyYear;

public final class OpenSurveyYearService implements OpenSurveyYearUseCase {
    private final LoadInsurerPort insurers;
    private final SaveInsurerPort saveInsurers;
    private final SurveyYearPort surveyYears;
    private final Transactions transactions;
    private final AuditTrail audit;

    public OpenSurveyYearService(LoadInsurerPort insurers, SaveInsurerPort saveInsurers, SurveyYearPort surveyYears,
                                 Transactions transactions, RecordAuditPort audit, Clock clock) {
        this.insurers = insurers;
        this.saveInsurers = saveInsurers;
        this.surveyYears = surveyYears;
        this.transactions = transactions;
        this.audit = new AuditTrail(audit, clock);
    }

    @Override
    public OpenSurveyYearResult openSurveyYear(OpenSurveyYearCommand command) {
        Optional<Insurer> found = Lenient.read(() -> InsurerCode.parse(command.insurerCode())).flatMap(insurers::loadInsurer);
        if (found.isEmpty()) {
            return new OpenSurveyYearResult.UnknownInsurer();
        }
        OpenSurveyYearResult result = openFor(found.get(), command);
        if (result instanceof OpenSurveyYearResult.Opened opened) {
            audit.anonymous(AuditAction.SURVEY_YEAR_OPENED, found.get().code().value(), ClientAddress.local(),
                    "fiscalYear=" + command.fiscalYear() + " accountsReset=" + opened.accountsReset());
        }
        return result;
    }

    /**
     * Opens the year for {@code insurer}, already loaded (the command's insurer code is not read),
     * without auditing: the staff use case does that, naming the staff member.
     */
    public OpenSurveyYearResult openFor(Insurer insurer, OpenSurveyYearCommand command) {
        if (command.fiscalYear() < insurer.currentFiscalYear()) {
            return new OpenSurveyYearResult.NotLaterThanCurrent(insurer.currentFiscalYear());
        }
        boolean reset = command.fiscalYear() > insurer.currentFiscalYear();
        SurveyYear year;
        try {
            year = new SurveyYear(insurer.code(), command.fiscalYear(), command.title(), command.opensOn(),
                    new SurveyDeadline(command.deadline()), command.referenceDate().orElse(command.opensOn()), command.scope());
            insurer.withCurrentFiscalYear(command.fiscalYear()); // the year's own range check
        } catch (InvalidValueException e) {
            return new OpenSurveyYearResult.Invalid(e.code());
        }
        try {
            transactions.inTransaction(() -> {
                // Moving the insurer's year is the yearly reset: accounts of earlier years stop being current. Only the
                // year moves, and only from the year read: a settings change or another opening meanwhile is not undone.
                if (reset && !saveInsurers.moveToFiscalYear(insurer.code(), insurer.currentFiscalYear(), command.fiscalYear())) {
                    throw new MovedMeanwhile();
                }
                surveyYears.saveSurveyYear(year);
            });
        } catch (MovedMeanwhile e) {
            // A second tab or a double click that opened this very year: it is now the current one, so this is an
            // edit of it. Anything else moved it further: say so.
            Insurer now = insurers.loadInsurer(insurer.code()).orElse(insurer);
            return now.currentFiscalYear() == command.fiscalYear() ? openFor(now, command)
                    : new OpenSurveyYearResult.NotLaterThanCurrent(now.currentFiscalYear());
        }
        return new OpenSurveyYearResult.Opened(reset);
    }

    /** Another request moved the insurer's year between our read and our write: roll back, say what it is now. */
    private static final class MovedMeanwhile extends RuntimeException {
        MovedMeanwhile() {
            super(null, null, false, false);
        }
    }
}
