package jp.kenpo.kennin.adapters.web.survey;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.kit.Flash;
import jp.kenpo.kennin.adapters.web.kit.Form;
import jp.kenpo.kennin.adapters.web.kit.Redirects;
import jp.kenpo.kennin.adapters.web.support.AccessGuard;
import jp.kenpo.kennin.adapters.web.support.DisplayFormats;
import jp.kenpo.kennin.adapters.web.support.Views;
import jp.kenpo.kennin.adapters.web.support.WebSession;
import jp.kenpo.kennin.application.survey.ListSurveyDependentsUseCase;
import jp.kenpo.kennin.application.survey.ListSurveyDependentsUseCase.SurveyDependent;
import jp.kenpo.kennin.application.survey.SaveSurveyAnswersUseCase;
import jp.kenpo.kennin.application.survey.SaveSurveyAnswersUseCase.SaveSurveyAnswersCommand;
import jp.kenpo.kennin.application.survey.SaveSurveyAnswersUseCase.SaveSurveyAnswersResult;
import jp.kenpo.kennin.application.survey.ShowSurveyFormUseCase;
import jp.kenpo.kennin.application.survey.ShowSurveyFormUseCase.SurveyForm;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.eligibility.Relationship;
import jp.kenpo.kennin.domain.survey.Question;
import jp.kenpo.kennin.domain.survey.SurveyAnswers;
import jp.kenpo.kennin.domain.survey.SurveyStep;

/**
 * One dependent's survey in short steps (同居・別居 → 収入 → 雇用保険 → ほかの保険 → 確認), each saved
 * as a draft of its own questions only (post/redirect/get). Plain forms: every step works without
 * JavaScript; /assets/survey-steps.js only reveals a follow-up question before the save would.
 */
public final class SurveyStepsController {
    public static final String STEPS = "/survey/dependents/{id}/steps";
    public static final String STEP = "/survey/dependents/{id}/steps/{step}";
    /** Session keys (with the dependent's id): a refused step's form, and the questions a save made newly required. */
    private static final String ANSWERS = "survey.step.answers.";

    private final ShowSurveyFormUseCase showForm;
    private final SaveSurveyAnswersUseCase saveAnswers;
    private final ListSurveyDependentsUseCase listDependents;
    private final Views views;
    private final ClientAddresses clients;
    private final DisplayFormats formats;

    public SurveyStepsController(ShowSurveyFormUseCase showForm, SaveSurveyAnswersUseCase saveAnswers,
                                 ListSurveyDependentsUseCase listDependents, Views views, ClientAddresses clients,
                                 DisplayFormats formats) {
        this.showForm = showForm;
        this.saveAnswers = saveAnswers;
        this.listDependents = listDependents;
        this.views = views;
        this.clients = clients;
        this.formats = formats;
    }

    /** The first step with a question still unanswered, or the check when nothing is missing. */
    public void start(Context ctx) {
        DependentId dependent = SurveyController.dependentId(ctx.pathParam("id"));
        SurveyForm survey = showForm.showSurveyForm(AccessGuard.account(ctx), dependent, clients.of(ctx))
                .orElseThrow(NotFoundResponse::new);
        Redirects.seeOther(ctx, path(dependent, SurveyStep.firstWithAny(Set.copyOf(survey.missing()))));
    }

    public void show(Context ctx) {
        DependentId dependent = SurveyController.dependentId(ctx.pathParam("id"));
        SurveyStep step = step(ctx);
        SurveyForm survey = showForm.showSurveyForm(AccessGuard.account(ctx), dependent, clients.of(ctx))
                .orElseThrow(NotFoundResponse::new);
        WebSession session = WebSession.of(ctx);
        Optional<Form> refused = session.takeForm(ANSWERS + dependent.value(), views.messages());
        List<Question> newly = NewlyRequired.take(session, dependent);
        Form form = refused.orElseGet(views::emptyForm);
        Relationship kind = survey.dependent().relationship().kind();
        Map<String, Object> model = new HashMap<>();
        model.put("survey", survey);
        model.put("step", step);
        model.put("steps", List.of(SurveyStep.values()));
        model.put("form", form);
        model.put("newly", newly);
        model.put("formats", formats);
        model.put("documentsPath", "/survey/dependents/" + dependent.value() + "/documents");
        if (step == SurveyStep.CONFIRM) {
            model.put("review", review(survey));
            Optional<SurveyDependent> next = nextDependent(ctx, dependent);
            model.put("nextPath", next.map(d -> stepsPath(d.dependent().id())).orElse("/home"));
            model.put("nextName", next.map(d -> d.dependent().name().written()).orElse(""));
            views.render(ctx, "survey/step-confirm.jte", "survey.steps.title." + step.name(), model);
            return;
        }
        Set<Question> required = survey.answers().required(kind);
        List<StepField> fields = new ArrayList<>();
        for (Question q : step.questions()) {
            Optional<RevealedBy> revealedBy = survey.applicable().contains(q) ? Optional.empty() : revealedBy(q, step, survey, kind);
            if (!survey.applicable().contains(q) && revealedBy.isEmpty()) {
                continue;
            }
            SurveyField field = SurveyController.field(q, survey, form, refused.isPresent());
            fields.add(new StepField(field, required.contains(q) || revealedBy.filter(RevealedBy::required).isPresent(), newly.contains(q), revealedBy));
        }
        model.put("fields", fields);
        views.render(ctx, "survey/step.jte", "survey.steps.title." + step.name(), model);
    }

    public void save(Context ctx) {
        DependentId dependent = SurveyController.dependentId(ctx.pathParam("id"));
        SurveyStep step = step(ctx);
        if (step == SurveyStep.CONFIRM) {
            throw new NotFoundResponse(); // the check has nothing to save
        }
        String[] names = step.questions().stream().map(Enum::name).toArray(String[]::new);
        Form form = views.read(ctx, names);
        Map<Question, String> answers = new EnumMap<>(Question.class);
        for (Question q : step.questions()) {
            answers.put(q, form.raw(q.name()));
        }
        SaveSurveyAnswersResult result = saveAnswers.saveSurveyAnswers(new SaveSurveyAnswersCommand(AccessGuard.account(ctx),
                dependent, answers, clients.of(ctx), Optional.of(step)));
        WebSession session = WebSession.of(ctx);
        if (result instanceof SaveSurveyAnswersResult.NotFound) {
            throw new NotFoundResponse();
        }
        if (result instanceof SaveSurveyAnswersResult.ReadOnly) {
            session.flash(Flash.error("survey.readOnly"));
            Redirects.seeOther(ctx, path(dependent, step));
            return;
        }
        SaveSurveyAnswersResult.Saved saved = (SaveSurveyAnswersResult.Saved) result;
        NewlyRequired.keep(session, dependent, saved.newlyRequired());
        if (!saved.problems().isEmpty()) {
            saved.problems().forEach((q, code) -> form.rejectField(q.name(), code));
            form.reject("survey.savedWithProblems");
            session.carryForm(ANSWERS + dependent.value(), form);
            Redirects.seeOther(ctx, path(dependent, step));
            return;
        }
        session.flash(Flash.info("survey.steps.saved"));
        // A question newly needed on this very step is answered here before moving on.
        boolean askedHere = saved.newlyRequired().stream().anyMatch(step::asks);
        Redirects.seeOther(ctx, path(dependent, askedHere ? step : step.next().orElse(SurveyStep.CONFIRM)));
    }

    /** A question of this step hidden for now, and the answers of an earlier question on it that would make it needed. */
    private Optional<RevealedBy> revealedBy(Question q, SurveyStep step, SurveyForm survey, Relationship kind) {
        for (Question control : step.questions()) {
            if (control == q || !survey.applicable().contains(control)) {
                continue;
            }
            SurveyField probe = SurveyController.field(control, survey, views.emptyForm(), false);
            if (probe.kind() != SurveyField.Kind.CHOICE) {
                continue;
            }
            List<String> values = new ArrayList<>();
            boolean required = false;
            for (String choice : probe.choices()) {
                SurveyAnswers changed = survey.answers().with(SurveyAnswers.read(Map.of(control, choice)).answers(), Set.of(control));
                if (changed.applicable(kind).contains(q)) {
                    values.add(choice);
                    required |= changed.required(kind).contains(q);
                }
            }
            if (!values.isEmpty()) {
                return Optional.of(new RevealedBy(control.name(), String.join(" ", values), required));
            }
        }
        return Optional.empty();
    }

    /** Every answering step with its applicable questions and their answers as read back. */
    private static List<ReviewedStep> review(SurveyForm survey) {
        List<ReviewedStep> steps = new ArrayList<>();
        for (SurveyStep s : SurveyStep.values()) {
            if (s == SurveyStep.CONFIRM) {
                continue;
            }
            List<ReviewedAnswer> answers = new ArrayList<>();
            for (Question q : s.questions()) {
                if (!survey.applicable().contains(q)) {
                    continue;
                }
                Optional<String> raw = q == Question.MEMBER_INCOME
                        ? survey.memberIncome().map(a -> Long.toString(a.yen())) : survey.answers().raw(q);
                answers.add(new ReviewedAnswer(q, raw, survey.missing().contains(q)));
            }
            steps.add(new ReviewedStep(s, answers));
        }
        return steps;
    }

    /** The next dependent, other than this one, that still waits for the member. */
    private Optional<SurveyDependent> nextDependent(Context ctx, DependentId current) {
        return listDependents.listSurveyDependents(AccessGuard.account(ctx)).dependents().stream()
                .filter(d -> !d.dependent().id().equals(current) && d.task().waitsForTheMember()).findFirst();
    }

    private static SurveyStep step(Context ctx) {
        return SurveyStep.fromSlug(ctx.pathParam("step")).orElseThrow(NotFoundResponse::new);
    }

    static String path(DependentId dependent, SurveyStep step) {
        return "/survey/dependents/" + dependent.value() + "/steps/" + step.slug();
    }

    static String stepsPath(DependentId dependent) {
        return "/survey/dependents/" + dependent.value() + "/steps";
    }

    /**
     * A question as a step shows it.
     *
     * @param required   marked 必須 (else 任意)
     * @param newly      this save just made it required: the notice names it, and the field is marked
     * @param revealedBy present when the question is hidden until an earlier answer on the step needs it
     */
    public record StepField(SurveyField field, boolean required, boolean newly, Optional<RevealedBy> revealedBy) {
        public String name() {
            return field.name();
        }
    }

    /**
     * @param values   the controlling question's choices (space-separated) that reveal the follow-up
     * @param required whether the follow-up is required once revealed
     */
    public record RevealedBy(String question, String values, boolean required) {
    }

    public record ReviewedStep(SurveyStep step, List<ReviewedAnswer> answers) {
    }

    /** @param missing applicable, required and not answered yet */
    public record ReviewedAnswer(Question question, Optional<String> raw, boolean missing) {
    }
}
