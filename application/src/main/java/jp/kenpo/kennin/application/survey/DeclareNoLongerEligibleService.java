package jp.kenpo.kennin.application.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.application.TokyoCalendar;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.progress.ProgressTracker;
import jp.kenpo.kennin.application.transaction.Transactions;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.survey.LossReason;
import jp.kenpo.kennin.domain.survey.NoLongerEligible;
import jp.kenpo.kennin.domain.survey.SurveyResponse;
import jp.kenpo.kennin.domain.text.DateInput;
import jp.kenpo.kennin.domain.text.DateReading;
import jp.kenpo.kennin.domain.text.JapaneseText;

public final class DeclareNoLongerEligibleService implements DeclareNoLongerEligibleUseCase {
    private final MemberSurvey surveys;
    private final SurveyResponsePort responses;
    private final AuditTrail audit;
    private final Clock clock;
    private final Transactions transactions;
    private final ProgressTracker progress;

    /** One write and nothing to keep in step with it: no transaction needed. */
    private static final Transactions WITHOUT_TRANSACTION = new Transactions() {
        @Override
        public <T> T inTransaction(java.util.function.Supplier<T> work) {
            return work.get();
        }
    };

    public DeclareNoLongerEligibleService(SurveyPorts ports, RecordAuditPort audit, Clock clock) {
        this(ports, audit, clock, WITHOUT_TRANSACTION, ProgressTracker.none());
    }

    public DeclareNoLongerEligibleService(SurveyPorts ports, RecordAuditPort audit, Clock clock, Transactions transactions,
                                          ProgressTracker progress) {
        this.surveys = new MemberSurvey(ports);
        this.responses = ports.responses();
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
        this.transactions = transactions;
        this.progress = progress;
    }

    @Override
    public DeclareNoLongerEligibleResult declareNoLongerEligible(DeclareNoLongerEligibleCommand command) {
        Optional<MemberSurvey.Context> context = surveys.of(command.account());
        Optional<Dependent> dependent = context.flatMap(c -> c.dependent(command.dependent()));
        if (dependent.isEmpty()) {
            return new DeclareNoLongerEligibleResult.NotFound();
        }
        MemberSurvey.Context c = context.get();
        int year = c.year().fiscalYear();
        SurveyResponse stored = responses.loadResponse(c.year().insurer(), year, command.dependent())
                .orElseGet(() -> SurveyResponse.notStarted(c.year().insurer(), year, command.dependent()));
        if (stored.isReadOnly()) {
            return new DeclareNoLongerEligibleResult.ReadOnly();
        }
        Map<String, String> problems = new LinkedHashMap<>();
        // Typed by the member, like the birth date at sign-up: 和暦 too, and an impossible day told as such.
        DateReading reading = DateInput.read(command.since());
        Optional<LocalDate> since = reading instanceof DateReading.Day day ? Optional.of(day.date()) : Optional.empty();
        if (reading instanceof DateReading.Refused refused) {
            problems.put(SINCE, switch (refused.problem()) {
                case UNREADABLE -> "survey.loss.date.invalid";
                case NO_SUCH_DAY -> "survey.loss.date.noSuchDay";
                case OUTSIDE_ERA -> "survey.loss.date.outsideEra";
            });
        }
        Optional<LossReason> reason = reason(command.reason());
        if (reason.isEmpty()) {
            problems.put(REASON, "survey.loss.reason.required");
        }
        if (!problems.isEmpty()) {
            return new DeclareNoLongerEligibleResult.Refused(problems);
        }
        NoLongerEligible declaration;
        try {
            declaration = NoLongerEligible.declare(since.get(), reason.get(), dependent.get().birthDate(),
                    TokyoCalendar.today(clock));
        } catch (InvalidValueException e) {
            return new DeclareNoLongerEligibleResult.Refused(Map.of(SINCE, e.code()));
        }
        if (!command.confirmed()) {
            return new DeclareNoLongerEligibleResult.ToConfirm(declaration.since(), declaration.reason());
        }
        boolean saved = transactions.inTransaction(() -> {
            boolean declared = responses.saveDraft(stored.declaring(declaration));
            if (declared) {
                progress.memberChanged(c.year().insurer(), year, c.member().id());
            }
            return declared;
        });
        if (!saved) {
            // Submitted in another tab after it was read: what staff received stays as it was.
            return new DeclareNoLongerEligibleResult.ReadOnly();
        }
        c.audit(audit, AuditAction.SURVEY_NO_LONGER_ELIGIBLE_DECLARED, command.client(),
                "dependent=" + command.dependent().value() + " reason=" + declaration.reason());
        return new DeclareNoLongerEligibleResult.Declared();
    }

    private static Optional<LossReason> reason(String raw) {
        try {
            return Optional.of(LossReason.valueOf(JapaneseText.nfkc(raw).toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
