package jp.kenpo.kennin.application.survey;

import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.StaffActor;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.progress.ProgressTracker;
import jp.kenpo.kennin.application.transaction.Transactions;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.eligibility.Relationship;
import jp.kenpo.kennin.domain.survey.Question;
import jp.kenpo.kennin.domain.survey.SurveyStep;
import jp.kenpo.kennin.domain.survey.SurveyAnswers;
import jp.kenpo.kennin.domain.survey.SurveyResponse;
import jp.kenpo.kennin.domain.survey.YenAmount;

public final class SaveSurveyAnswersService implements SaveSurveyAnswersUseCase, SurveyForStaff.SaveAnswers {
    private final MemberSurvey surveys;
    private final SurveyResponsePort responses;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final ProgressTracker progress;

    public SaveSurveyAnswersService(SurveyPorts ports, Transactions transactions, RecordAuditPort audit, Clock clock) {
        this(ports, transactions, audit, clock, ProgressTracker.none());
    }

    public SaveSurveyAnswersService(SurveyPorts ports, Transactions transactions, RecordAuditPort audit, Clock clock,
                                    ProgressTracker progress) {
        this.surveys = new MemberSurvey(ports);
        this.responses = ports.responses();
        this.transactions = transactions;
        this.audit = new AuditTrail(audit, clock);
        this.progress = progress;
    }

    @Override
    public SaveSurveyAnswersResult saveSurveyAnswers(SaveSurveyAnswersCommand command) {
        if (command.step().isPresent()) {
            return saveStep(surveys.of(command.account()), command.dependent(), command.step().get(), command.answers(),
                    command.client());
        }
        return save(surveys.of(command.account()), command.dependent(), command.answers(), command.client());
    }

    /**
     * One step: only its questions are read and written. What this save made newly required (on this
     * step or a later one) is compared on the answers as this request saw them.
     */
    private SaveSurveyAnswersResult saveStep(Optional<MemberSurvey.Context> context, DependentId dependentId, SurveyStep step,
                                             Map<Question, String> posted, ClientAddress client) {
        Optional<Dependent> dependent = context.flatMap(c -> c.dependent(dependentId));
        if (dependent.isEmpty()) {
            return new SaveSurveyAnswersResult.NotFound();
        }
        MemberSurvey.Context c = context.get();
        int year = c.year().fiscalYear();
        Relationship kind = dependent.get().relationship().kind();
        SurveyResponse stored = responses.loadResponse(c.year().insurer(), year, dependentId)
                .orElseGet(() -> SurveyResponse.notStarted(c.year().insurer(), year, dependentId));
        if (stored.isReadOnly()) {
            return new SaveSurveyAnswersResult.ReadOnly();
        }
        Set<Question> asked = EnumSet.noneOf(Question.class);
        asked.addAll(step.questions());
        Map<Question, String> answers = new EnumMap<>(Question.class);
        posted.forEach((q, v) -> {
            if (asked.contains(q)) {
                answers.put(q, v);
            }
        });
        SurveyAnswers.Read read = SurveyAnswers.read(answers);
        Map<Question, String> problems = new EnumMap<>(Question.class);
        problems.putAll(read.problems());
        Optional<YenAmount> memberIncome = asked.contains(Question.MEMBER_INCOME)
                ? memberIncome(answers.get(Question.MEMBER_INCOME), problems) : Optional.empty();
        SurveyAnswers before = stored.answers();
        SurveyAnswers after = before.with(read.answers(), asked).withoutInapplicable(kind);
        SurveyResponse saved = stored.withAnswers(after);
        try {
            transactions.inTransaction(() -> {
                if (!responses.saveDraftAnswers(saved, asked)) {
                    throw new SubmittedMeanwhile();
                }
                memberIncome.ifPresent(income -> responses.saveMemberIncome(c.member().id(), year, income));
                progress.memberChanged(c.year().insurer(), year, c.member().id());
            });
        } catch (SubmittedMeanwhile e) {
            return new SaveSurveyAnswersResult.ReadOnly();
        }
        c.audit(audit, AuditAction.SURVEY_ANSWERS_SAVED, client, "dependent=" + dependentId.value() + " step=" + step.slug());
        return new SaveSurveyAnswersResult.Saved(problems, newlyRequired(c, before, after, kind, memberIncome).stream()
                .filter(q -> SurveyStep.of(q).compareTo(step) >= 0).toList());
    }

    /**
     * Questions the save made required that are still unanswered, so the page can name them instead
     * of letting them appear silently (仕送り額 once 別居 is chosen). The member's income is read only
     * when something became required and it was not typed in this save.
     */
    private List<Question> newlyRequired(MemberSurvey.Context c, SurveyAnswers before, SurveyAnswers after, Relationship kind,
                                        Optional<YenAmount> typedIncome) {
        Set<Question> newly = after.required(kind);
        newly.removeAll(before.required(kind));
        if (newly.isEmpty()) {
            return List.of();
        }
        Optional<YenAmount> income = typedIncome.isPresent() ? typedIncome
                : responses.memberIncome(c.member().id(), c.year().fiscalYear());
        return after.missing(kind, income).stream().filter(newly::contains).toList();
    }

    @Override
    public SaveSurveyAnswersResult saveAnswersFor(StaffActor staff, MemberId member, DependentId dependent,
                                                  Map<Question, String> answers, ClientAddress client) {
        return save(surveys.ofMember(member, staff), dependent, Map.copyOf(answers), client);
    }

    private SaveSurveyAnswersResult save(Optional<MemberSurvey.Context> context, DependentId dependentId,
                                         Map<Question, String> answers, ClientAddress client) {
        Optional<Dependent> dependent = context.flatMap(c -> c.dependent(dependentId));
        if (dependent.isEmpty()) {
            return new SaveSurveyAnswersResult.NotFound();
        }
        MemberSurvey.Context c = context.get();
        int year = c.year().fiscalYear();
        SurveyResponse stored = responses.loadResponse(c.year().insurer(), year, dependentId)
                .orElseGet(() -> SurveyResponse.notStarted(c.year().insurer(), year, dependentId));
        if (stored.isReadOnly()) {
            return new SaveSurveyAnswersResult.ReadOnly();
        }
        SurveyAnswers.Read read = SurveyAnswers.read(answers);
        Map<Question, String> problems = new EnumMap<>(Question.class);
        problems.putAll(read.problems());
        Optional<YenAmount> memberIncome = memberIncome(answers.get(Question.MEMBER_INCOME), problems);
        Relationship kind = dependent.get().relationship().kind();
        SurveyResponse saved = stored.withAnswers(read.answers().withoutInapplicable(kind));
        try {
            transactions.inTransaction(() -> {
                if (!responses.saveDraft(saved)) {
                    throw new SubmittedMeanwhile();
                }
                memberIncome.ifPresent(income -> responses.saveMemberIncome(c.member().id(), year, income));
                progress.memberChanged(c.year().insurer(), year, c.member().id());
            });
        } catch (SubmittedMeanwhile e) {
            return new SaveSurveyAnswersResult.ReadOnly();
        }
        c.audit(audit, AuditAction.SURVEY_ANSWERS_SAVED, client, "dependent=" + dependentId.value());
        return new SaveSurveyAnswersResult.Saved(problems, newlyRequired(c, stored.answers(), saved.answers(), kind, memberIncome));
    }

    private static Optional<YenAmount> memberIncome(String raw, Map<Question, String> problems) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(YenAmount.parse(raw));
        } catch (InvalidValueException e) {
            problems.put(Question.MEMBER_INCOME, e.code());
            return Optional.empty();
        }
    }

    /** Rolls the transaction back: another request (another tab) submitted the response after it was read. */
    private static final class SubmittedMeanwhile extends RuntimeException {
        SubmittedMeanwhile() {
            super(null, null, false, false);
        }
    }
}
