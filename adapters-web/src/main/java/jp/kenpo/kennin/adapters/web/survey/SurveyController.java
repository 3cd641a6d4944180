package jp.kenpo.kennin.adapters.web.survey;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.adapters.web.support.AccessGuard;
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.support.DisplayFormats;
import jp.kenpo.kennin.adapters.web.kit.Flash;
import jp.kenpo.kennin.adapters.web.kit.Form;
import jp.kenpo.kennin.adapters.web.kit.Redirects;
import jp.kenpo.kennin.adapters.web.support.Views;
import jp.kenpo.kennin.adapters.web.support.WebSession;
import jp.kenpo.kennin.application.survey.DeclareNoLongerEligibleUseCase;
import jp.kenpo.kennin.application.survey.DeclareNoLongerEligibleUseCase.DeclareNoLongerEligibleCommand;
import jp.kenpo.kennin.application.survey.DeclareNoLongerEligibleUseCase.DeclareNoLongerEligibleResult;
import jp.kenpo.kennin.application.survey.SaveSurveyAnswersUseCase;
import jp.kenpo.kennin.application.survey.SaveSurveyAnswersUseCase.SaveSurveyAnswersCommand;
import jp.kenpo.kennin.application.survey.SaveSurveyAnswersUseCase.SaveSurveyAnswersResult;
import jp.kenpo.kennin.application.survey.ShowSurveyFormUseCase;
import jp.kenpo.kennin.application.survey.ShowSurveyFormUseCase.SurveyForm;
import jp.kenpo.kennin.application.session.SessionData;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.text.DateInput;
import jp.kenpo.kennin.domain.eligibility.Living;
import jp.kenpo.kennin.domain.eligibility.Residence;
import jp.kenpo.kennin.domain.eligibility.UnemploymentBenefit;
import jp.kenpo.kennin.domain.survey.DependentSituation;
import jp.kenpo.kennin.domain.survey.LossReason;
import jp.kenpo.kennin.domain.survey.Question;
import jp.kenpo.kennin.domain.survey.SurveyAnswers;
import jp.kenpo.kennin.domain.survey.YenAmount;

/**
 * One dependent's survey form: draft saves (post/redirect/get, so reloading never re-posts), and
 * the separate declaration that the dependent no longer qualifies. Form fields are named after
 * the {@link Question} constants, so answers map to the command without a table.
 */
public final class SurveyController {
    public static final String FORM = "/survey/dependents/{id}";
    public static final String NO_LONGER_ELIGIBLE = "/survey/dependents/{id}/no-longer-eligible";
    /** The declaration as a page of the steps, reached from their check; registered before the steps' own {step} route. */
    public static final String NO_LONGER_ELIGIBLE_STEP = "/survey/dependents/{id}/steps/no-longer-eligible";
    private static final List<String> YES_NO = List.of(SurveyAnswers.YES, SurveyAnswers.NO);
    /** Session keys (with the dependent's id) of a refused answers form, and of a refused or pending declaration. */
    private static final String ANSWERS = "survey.answers.";
    private static final String LOSS = "survey.loss.";
    private static final String CONFIRMED = "confirmed";
    /** Posted (and kept with a pending declaration) by the steps' page, so each answer goes back to the steps. */
    private static final String FROM = "from";
    private static final String FROM_STEPS = "steps";

    private final ShowSurveyFormUseCase showForm;
    private final SaveSurveyAnswersUseCase saveAnswers;
    private final DeclareNoLongerEligibleUseCase declare;
    private final Views views;
    private final ClientAddresses clients;
    private final DisplayFormats formats;

    public SurveyController(ShowSurveyFormUseCase showForm, SaveSurveyAnswersUseCase saveAnswers,
                            DeclareNoLongerEligibleUseCase declare, Views views, ClientAddresses clients, DisplayFormats formats) {
        this.showForm = showForm;
        this.saveAnswers = saveAnswers;
        this.declare = declare;
        this.views = views;
        this.clients = clients;
        this.formats = formats;
    }

    public void show(Context ctx) {
        DependentId dependent = dependentId(ctx);
        WebSession session = WebSession.of(ctx);
        // A refused save or declaration comes back here by redirect, with what the member typed and the errors.
        Optional<Form> answers = session.takeForm(ANSWERS + dependent.value(), views.messages());
        Form loss = answers.isPresent() ? views.emptyForm()
                : session.takeForm(LOSS + dependent.value(), views.messages()).orElseGet(views::emptyForm);
        render(ctx, dependent, answers.orElseGet(views::emptyForm), answers.isPresent(), loss, NewlyRequired.take(session, dependent));
    }

    public void save(Context ctx) {
        DependentId dependent = dependentId(ctx);
        String[] names = Arrays.stream(Question.values()).map(Enum::name).toArray(String[]::new);
        Form form = views.read(ctx, names);
        Map<Question, String> answers = new EnumMap<>(Question.class);
        for (Question q : Question.values()) {
            answers.put(q, form.raw(q.name()));
        }
        SaveSurveyAnswersResult result = saveAnswers.saveSurveyAnswers(new SaveSurveyAnswersCommand(AccessGuard.account(ctx),
                dependent, answers, clients.of(ctx)));
        if (result instanceof SaveSurveyAnswersResult.NotFound) {
            throw new NotFoundResponse();
        }
        if (result instanceof SaveSurveyAnswersResult.ReadOnly) {
            WebSession.of(ctx).flash(Flash.error("survey.readOnly"));
            Redirects.seeOther(ctx, path(dependent));
            return;
        }
        SaveSurveyAnswersResult.Saved saved = (SaveSurveyAnswersResult.Saved) result;
        NewlyRequired.keep(WebSession.of(ctx), dependent, saved.newlyRequired());
        Map<Question, String> problems = saved.problems();
        if (problems.isEmpty()) {
            WebSession.of(ctx).flash(Flash.info("survey.saved"));
            Redirects.seeOther(ctx, path(dependent));
            return;
        }
        problems.forEach((q, code) -> form.rejectField(q.name(), code));
        form.reject("survey.savedWithProblems");
        WebSession.of(ctx).carryForm(ANSWERS + dependent.value(), form);
        Redirects.seeOther(ctx, path(dependent));
    }

    public void declareNoLongerEligible(Context ctx) {
        DependentId dependent = dependentId(ctx);
        Form form = views.read(ctx, DeclareNoLongerEligibleUseCase.SINCE, DeclareNoLongerEligibleUseCase.REASON, CONFIRMED, FROM);
        boolean confirmed = "yes".equals(form.raw(CONFIRMED));
        boolean fromSteps = FROM_STEPS.equals(form.raw(FROM));
        DeclareNoLongerEligibleResult result = declare.declareNoLongerEligible(new DeclareNoLongerEligibleCommand(
                AccessGuard.account(ctx), dependent, form.raw(DeclareNoLongerEligibleUseCase.SINCE),
                form.raw(DeclareNoLongerEligibleUseCase.REASON), clients.of(ctx), confirmed));
        WebSession session = WebSession.of(ctx);
        if (result instanceof DeclareNoLongerEligibleResult.NotFound) {
            throw new NotFoundResponse();
        }
        if (result instanceof DeclareNoLongerEligibleResult.Refused refused) {
            refused.problems().forEach((field, code) -> form.rejectField(field, code));
            session.carryForm(LOSS + dependent.value(), form);
            Redirects.seeOther(ctx, fromSteps ? lossStep(dependent) : path(dependent));
            return;
        }
        if (result instanceof DeclareNoLongerEligibleResult.ToConfirm toConfirm) {
            // Nothing is stored until the member has seen the day and reason as read, and said yes.
            Map<String, String> pending = new HashMap<>(Map.of(DeclareNoLongerEligibleUseCase.SINCE, toConfirm.since().toString(),
                    DeclareNoLongerEligibleUseCase.REASON, toConfirm.reason().name()));
            if (fromSteps) {
                pending.put(FROM, FROM_STEPS);
            }
            session.put(LOSS + dependent.value(), SessionData.encodeForm(pending));
            Redirects.seeOther(ctx, path(dependent) + "/no-longer-eligible");
            return;
        }
        session.remove(LOSS + dependent.value());
        boolean readOnly = result instanceof DeclareNoLongerEligibleResult.ReadOnly;
        session.flash(readOnly ? Flash.error("survey.readOnly") : Flash.info("survey.loss.declared"));
        Redirects.seeOther(ctx, fromSteps ? stepsCheck(dependent) : path(dependent));
    }

    /** The declaration on a page of its own, for a member answering in steps; a refused one comes back here. */
    public void showLossStep(Context ctx) {
        DependentId dependent = dependentId(ctx);
        SurveyForm survey = showForm.showSurveyForm(AccessGuard.account(ctx), dependent, clients.of(ctx))
                .orElseThrow(NotFoundResponse::new);
        if (survey.readOnly()) {
            Redirects.seeOther(ctx, stepsCheck(dependent));
            return;
        }
        Form loss = WebSession.of(ctx).takeForm(LOSS + dependent.value(), views.messages()).orElseGet(views::emptyForm);
        views.render(ctx, "survey/step-loss.jte", "survey.loss.declare.heading", Map.of("survey", survey, "lossForm", loss,
                "lossReasons", names(LossReason.values()), "formats", formats));
    }

    /** The check before a declaration is stored: the day as read and the reason, with what follows from it. */
    public void confirmNoLongerEligible(Context ctx) {
        DependentId dependent = dependentId(ctx);
        Map<String, String> pending = WebSession.of(ctx).get(LOSS + dependent.value()).map(SessionData::decodeForm)
                .orElse(Map.of());
        Optional<LocalDate> since = Optional.ofNullable(pending.get(DeclareNoLongerEligibleUseCase.SINCE)).flatMap(DateInput::parse);
        Optional<LossReason> reason = Arrays.stream(LossReason.values())
                .filter(r -> r.name().equals(pending.get(DeclareNoLongerEligibleUseCase.REASON))).findFirst();
        boolean fromSteps = FROM_STEPS.equals(pending.get(FROM));
        if (since.isEmpty() || reason.isEmpty()) {
            // nothing waits for confirmation (or it was declared in another tab)
            Redirects.seeOther(ctx, fromSteps ? lossStep(dependent) : path(dependent));
            return;
        }
        SurveyForm survey = showForm.showSurveyForm(AccessGuard.account(ctx), dependent, clients.of(ctx))
                .orElseThrow(NotFoundResponse::new);
        views.render(ctx, "survey/confirm-loss.jte", "survey.loss.confirm.title", Map.of("survey", survey,
                "since", since.get(), "reason", reason.get(), "formats", formats, "fromSteps", fromSteps));
    }

    private void render(Context ctx, DependentId dependent, Form answersForm, boolean posted, Form lossForm, List<Question> newly) {
        SurveyForm survey = showForm.showSurveyForm(AccessGuard.account(ctx), dependent, clients.of(ctx))
                .orElseThrow(NotFoundResponse::new);
        List<SurveyField> fields = Arrays.stream(Question.values()).filter(survey.applicable()::contains)
                .map(q -> field(q, survey, answersForm, posted)).toList();
        // 必須/任意 on every field, as on the steps: what the answers so far make required.
        java.util.Set<String> required = survey.answers().required(survey.dependent().relationship().kind()).stream()
                .map(Enum::name).collect(java.util.stream.Collectors.toSet());
        views.render(ctx, "survey/form.jte", "survey.title", Map.of("survey", survey, "fields", fields, "required", required, "newly", newly, "form", answersForm,
                "lossForm", lossForm, "lossReasons", names(LossReason.values()), "formats", formats,
                "documentsPath", "/survey/dependents/" + dependent.value() + "/documents"));
    }

    /** After a post with problems, the member's own typing is shown again, not the stored answer. */
    static SurveyField field(Question q, SurveyForm survey, Form form, boolean posted) {
        String stored = q == Question.MEMBER_INCOME
                ? survey.memberIncome().map(YenAmount::yen).map(String::valueOf).orElse("")
                : survey.answers().raw(q).orElse("");
        String value = posted ? form.raw(q.name()) : stored;
        return switch (q) {
            case LIVING -> choice(q, names(Living.values()), value, form);
            case RESIDENCE -> choice(q, names(Residence.values()), value, form);
            case SITUATION -> choice(q, names(DependentSituation.values()), value, form);
            case UNEMPLOYMENT_BENEFIT -> choice(q, names(UnemploymentBenefit.State.values()), value, form);
            case EMPLOYMENT_CHANGED, OTHER_HEALTH_INSURANCE, DISABLED -> choice(q, YES_NO, value, form);
            case PARENT_SUPPORT_REASON -> new SurveyField(q.name(), SurveyField.Kind.TEXT, List.of(), value, form.errors(q.name()));
            default -> new SurveyField(q.name(), SurveyField.Kind.AMOUNT, List.of(), value, form.errors(q.name()));
        };
    }

    private static SurveyField choice(Question q, List<String> choices, String value, Form form) {
        return new SurveyField(q.name(), SurveyField.Kind.CHOICE, choices, value, form.errors(q.name()));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static String path(DependentId dependent) {
        return "/survey/dependents/" + dependent.value();
    }

    private static String stepsCheck(DependentId dependent) {
        return path(dependent) + "/steps/confirm";
    }

    private static String lossStep(DependentId dependent) {
        return path(dependent) + "/steps/no-longer-eligible";
    }

    private static DependentId dependentId(Context ctx) {
        return dependentId(ctx.pathParam("id"));
    }

    /** A dependent id as it appears in a path or form; anything else is a page that does not exist. */
    static DependentId dependentId(String raw) {
        try {
            return new DependentId(Long.parseLong(raw == null ? "" : raw));
        } catch (NumberFormatException e) {
            throw new NotFoundResponse();
        }
    }
}
