package jp.kenpo.kennin.application.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.progress.ProgressTracker;
import jp.kenpo.kennin.application.survey.SurveyPorts;
import jp.kenpo.kennin.application.transaction.Transactions;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.text.DateInput;

public final class ExtendSurveyDeadlineService implements ExtendSurveyDeadlineUseCase {
    /** An extension is weeks, not another survey: a year further is a typing slip. */
    private static final int MAX_DAYS_AFTER_DEADLINE = 366;

    private final SurveyPorts ports;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final ProgressTracker progress;

    public ExtendSurveyDeadlineService(SurveyPorts ports, RecordAuditPort audit, Clock clock) {
        this(ports, audit, clock, KeptProgress.WITHOUT_TRANSACTION, ProgressTracker.none());
    }

    /** With the dashboard: the extension and the member's progress (their extended_until) in one transaction. */
    public ExtendSurveyDeadlineService(SurveyPorts ports, RecordAuditPort audit, Clock clock, Transactions transactions,
                                       ProgressTracker progress) {
        this.ports = ports;
        this.audit = new AuditTrail(audit, clock);
        this.transactions = transactions;
        this.progress = progress;
    }

    @Override
    public ExtendSurveyDeadlineResult extendSurveyDeadline(ExtendSurveyDeadlineCommand command) {
        Optional<StaffCase> found;
        try {
            found = StaffCase.find(ports, command.insurer(), command.symbol(), command.number());
        } catch (InvalidValueException e) {
            return new ExtendSurveyDeadlineResult.Invalid(e.code());
        }
        if (found.isEmpty()) {
            if (DateInput.parse(command.until()).isEmpty()) {
                return new ExtendSurveyDeadlineResult.Invalid("survey.extension.dateInvalid");
            }
            return new ExtendSurveyDeadlineResult.NotFound();
        }
        StaffCase c = found.get();
        ExtendSurveyDeadlineResult result = extendKept(ports, transactions, progress, c, command.until());
        if (!(result instanceof ExtendSurveyDeadlineResult.Extended extended)) {
            return result;
        }
        SurveyDeadline deadline = extended.deadline();
        audit.member(AuditAction.SURVEY_DEADLINE_EXTENDED, c.member(), command.client(),
                "staff=" + command.staff() + " until=" + deadline.day());
        return new ExtendSurveyDeadlineResult.Extended(deadline);
    }

    /**
     * {@link #extend} and, when it extended, the member's progress in the same transaction: the dashboard reads the
     * member's running extension from member_progress.
     */
    static ExtendSurveyDeadlineResult extendKept(SurveyPorts ports, Transactions transactions, ProgressTracker progress,
                                                 StaffCase c, String typedUntil) {
        return transactions.inTransaction(() -> {
            ExtendSurveyDeadlineResult result = extend(ports, c, typedUntil);
            if (result instanceof ExtendSurveyDeadlineResult.Extended) {
                progress.memberChanged(c.year().insurer(), c.year().fiscalYear(), c.member().id());
            }
            return result;
        });
    }

    /** Checks the new last day against the survey's deadline and keeps it; the caller audits. */
    static ExtendSurveyDeadlineResult extend(SurveyPorts ports, StaffCase c, String typedUntil) {
        Optional<LocalDate> until = DateInput.parse(typedUntil);
        if (until.isEmpty()) {
            return new ExtendSurveyDeadlineResult.Invalid("survey.extension.dateInvalid");
        }
        LocalDate surveyDeadline = c.year().deadline().day();
        if (!until.get().isAfter(surveyDeadline)) {
            return new ExtendSurveyDeadlineResult.Invalid("survey.extension.notAfterDeadline");
        }
        if (until.get().isAfter(surveyDeadline.plusDays(MAX_DAYS_AFTER_DEADLINE))) {
            return new ExtendSurveyDeadlineResult.Invalid("survey.extension.tooFar");
        }
        SurveyDeadline deadline = new SurveyDeadline(until.get());
        ports.submissions().extendDeadline(c.year().insurer(), c.year().fiscalYear(), c.member().id(), deadline);
        return new ExtendSurveyDeadlineResult.Extended(deadline);
    }
}
