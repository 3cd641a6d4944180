package jp.kenpo.kennin.adapters.web.staff.setup;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.adapters.csv.RosterCsvReader;
import jp.kenpo.kennin.adapters.csv.RosterFileException;
import jp.kenpo.kennin.adapters.csv.RosterLayout;
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.kit.Flash;
import jp.kenpo.kennin.adapters.web.kit.Form;
import jp.kenpo.kennin.adapters.web.kit.Redirects;
import jp.kenpo.kennin.adapters.web.staff.StaffPage;
import jp.kenpo.kennin.adapters.web.staff.StaffPages;
import jp.kenpo.kennin.adapters.web.staff.StaffRequest;
import jp.kenpo.kennin.adapters.web.staff.StaffRouteTable;
import jp.kenpo.kennin.adapters.web.staff.StaffViews;
import jp.kenpo.kennin.application.surveyyear.ScopeListRow;
import jp.kenpo.kennin.application.surveyyear.SetUpSurveyYearUseCase;
import jp.kenpo.kennin.application.surveyyear.SetUpSurveyYearUseCase.ScopeChoice;
import jp.kenpo.kennin.application.surveyyear.SetUpSurveyYearUseCase.SetUpSurveyYearCommand;
import jp.kenpo.kennin.application.surveyyear.SetUpSurveyYearUseCase.SetUpSurveyYearResult;
import jp.kenpo.kennin.application.surveyyear.ShowSurveyYearUseCase;
import jp.kenpo.kennin.application.surveyyear.ShowSurveyYearUseCase.SurveyYearView;
import jp.kenpo.kennin.domain.staff.StaffPermission;
import jp.kenpo.kennin.domain.survey.SurveyScope;
import jp.kenpo.kennin.domain.survey.SurveyYear;

/**
 * The survey year (MANAGE_SURVEY_YEARS): its title, days and whom it asks about. A later year
 * than the current one retires last year's member accounts, which the form says before it is sent.
 */
public final class SurveyYearPages implements StaffPages {
    static final String PATH = "/admin/survey-year";
    static final List<String> SCOPES = List.of("EVERYONE", "AGED", "CERTIFIED", "LISTED");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu/MM/dd");
    private static final String[] FIELDS = {"fiscalYear", "title", "opensOn", "deadline", "referenceDate", "scope", "age",
        "cutOff", "encoding"};
    private static final Map<String, String> FIELD_OF = Map.of("survey.title", "title", "survey.deadline", "deadline",
            "survey.opensOn", "opensOn", "survey.scope.age", "age", "insurer.fiscalYear", "fiscalYear", "survey.scope.list", "file");

    private final ShowSurveyYearUseCase show;
    private final SetUpSurveyYearUseCase setUp;
    private final ClientAddresses clients;
    private final RosterCsvReader reader = new RosterCsvReader();
    private StaffViews views;

    public SurveyYearPages(ShowSurveyYearUseCase show, SetUpSurveyYearUseCase setUp, ClientAddresses clients) {
        this.show = show;
        this.setUp = setUp;
        this.clients = clients;
    }

    @Override
    public void routes(StaffRouteTable table, StaffViews views) {
        this.views = views;
        table.get(PATH, StaffPermission.MANAGE_SURVEY_YEARS, this::edit);
        table.post(PATH, StaffPermission.MANAGE_SURVEY_YEARS, this::save);
    }

    @Override
    public List<StaffPage.MenuItem> menu() {
        return List.of(new StaffPage.MenuItem(PATH, "setup.menu.surveyYear", Optional.of(StaffPermission.MANAGE_SURVEY_YEARS)));
    }

    private void edit(Context ctx) {
        SurveyYearView view = show.showSurveyYear(StaffRequest.staff(ctx));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("fiscalYear", String.valueOf(view.currentFiscalYear()));
        values.put("scope", "EVERYONE");
        values.put("encoding", RosterPages.ENCODINGS.get(0));
        view.year().ifPresent(year -> {
            values.put("title", year.title());
            values.put("opensOn", DAY.format(year.opensOn()));
            values.put("deadline", DAY.format(year.deadline().day()));
            values.put("referenceDate", DAY.format(year.referenceDate()));
            if (year.scope() instanceof SurveyScope.AgedAtLeast aged) {
                values.put("scope", aged.age() == 0 && aged.certifiedOnOrBefore().isPresent() ? "CERTIFIED" : "AGED");
                values.put("age", String.valueOf(aged.age()));
                aged.certifiedOnOrBefore().ifPresent(d -> values.put("cutOff", DAY.format(d)));
            } else if (year.scope() instanceof SurveyScope.Listed) {
                values.put("scope", "LISTED");
            }
        });
        render(ctx, view, views.emptyForm(), values, List.of());
    }

    private void render(Context ctx, SurveyYearView view, Form form, Map<String, String> values,
                        List<LineProblem> problems) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("form", form);
        model.put("values", values);
        model.put("currentFiscalYear", view.currentFiscalYear());
        model.put("year", view.year().orElse(null));
        model.put("scopeText", view.year().map(this::describe).orElse(""));
        model.put("scopes", SCOPES);
        model.put("encodings", RosterPages.ENCODINGS);
        model.put("problems", problems);
        views.render(ctx, "setup/survey-year.jte", "setup.surveyYear.title", model);
    }

    private String describe(SurveyYear year) {
        var m = views.messages();
        if (year.scope() instanceof SurveyScope.Listed listed) {
            return m.text("setup.surveyYear.scope.listedNow", listed.ids().size());
        }
        if (year.scope() instanceof SurveyScope.AgedAtLeast aged) {
            return m.text("setup.surveyYear.scope.agedNow", aged.age())
                    + aged.certifiedOnOrBefore().map(d -> m.text("setup.surveyYear.scope.cutOffNow", DAY.format(d))).orElse("");
        }
        return m.text("setup.surveyYear.scope.everyoneNow");
    }

    private void save(Context ctx) {
        Form form = views.read(ctx, FIELDS);
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS) {
            values.put(field, form.raw(field));
        }
        SurveyYearView view = show.showSurveyYear(StaffRequest.staff(ctx));
        Optional<Long> fiscalYear = SetupText.number(form, "fiscalYear", true, 2000, 2999);
        Optional<LocalDate> opensOn = SetupText.date(form, "opensOn", true);
        Optional<LocalDate> deadline = SetupText.date(form, "deadline", true);
        Optional<LocalDate> referenceDate = SetupText.date(form, "referenceDate", false);
        String scopeName = form.raw("scope");
        ScopeChoice scope = null;
        if (!SCOPES.contains(scopeName)) {
            form.rejectField("scope", "setup.surveyYear.scope.choose");
        } else if (scopeName.equals("AGED")) {
            Optional<Long> age = SetupText.number(form, "age", true, 0, SurveyScope.AgedAtLeast.MAX_AGE);
            Optional<LocalDate> cutOff = SetupText.date(form, "cutOff", false);
            scope = age.map(a -> new ScopeChoice.AgedAtLeast(a.intValue(), cutOff)).orElse(null);
        } else if (scopeName.equals("CERTIFIED")) {
            scope = SetupText.date(form, "cutOff", true).map(d -> new ScopeChoice.AgedAtLeast(0, Optional.of(d))).orElse(null);
        } else if (scopeName.equals("LISTED")) {
            scope = list(ctx, form);
        } else {
            scope = new ScopeChoice.Everyone();
        }
        if (form.hasErrors() || scope == null) {
            render(ctx, view, form, values, List.of());
            return;
        }
        SetUpSurveyYearResult result = setUp.setUpSurveyYear(new SetUpSurveyYearCommand(StaffRequest.staff(ctx),
                fiscalYear.get().intValue(), form.raw("title"), opensOn.get(), deadline.get(), referenceDate, scope,
                clients.of(ctx)));
        if (result instanceof SetUpSurveyYearResult.Opened opened) {
            StaffRequest.flash(ctx, Flash.info(opened.accountsReset() ? "setup.surveyYear.openedWithReset" : "setup.surveyYear.saved",
                    String.valueOf(fiscalYear.get())));
            Redirects.seeOther(ctx, PATH);
        } else if (result instanceof SetUpSurveyYearResult.NotLaterThanCurrent earlier) {
            render(ctx, view, form.rejectField("fiscalYear", "setup.surveyYear.notLaterThanCurrent", earlier.currentFiscalYear()),
                    values, List.of());
        } else if (result instanceof SetUpSurveyYearResult.ListRejected rejected) {
            List<LineProblem> problems = rejected.problems().stream()
                    .map(p -> new LineProblem(p.lineNumber(), p.column(), views.messages().text(p.code())))
                    .toList();
            render(ctx, view, form.rejectField("file", "setup.surveyYear.listRejected", problems.size()), values, problems);
        } else {
            render(ctx, view, SetupText.reject(form, ((SetUpSurveyYearResult.Invalid) result).code(), FIELD_OF), values, List.of());
        }
    }

    /** The pre-screened list from the upload, or null after putting why on the form. */
    private ScopeChoice list(Context ctx, Form form) {
        Optional<SetupText.Upload> file = SetupText.upload(ctx, "file", RosterPages.MAX_BYTES);
        if (file.isEmpty()) {
            form.rejectField("file", "setup.surveyYear.list.none");
            return null;
        }
        if (file.get().tooLarge()) {
            form.rejectField("file", "setup.rosters.tooLarge", RosterPages.MAX_BYTES / (1024 * 1024));
            return null;
        }
        try {
            List<ScopeListRow> rows = reader.read(file.get().content(),
                    RosterCsvReader.encodingNamed(form.raw("encoding")).orElse(RosterCsvReader.WINDOWS_31J), RosterLayout.SCOPE_LIST);
            return new ScopeChoice.Listed(file.get().fileName(), rows);
        } catch (RosterFileException e) {
            form.rejectField("file", e.key(), e.args());
            return null;
        }
    }
}
