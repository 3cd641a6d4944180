package jp.kenpo.kennin.adapters.web.staff.progress;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.kit.ContentDisposition;
import jp.kenpo.kennin.adapters.web.staff.StaffPage;
import jp.kenpo.kennin.adapters.web.staff.StaffPages;
import jp.kenpo.kennin.adapters.web.staff.StaffRequest;
import jp.kenpo.kennin.adapters.web.staff.StaffRouteTable;
import jp.kenpo.kennin.adapters.web.staff.StaffViews;
import jp.kenpo.kennin.application.progress.ExportNonSubmittersUseCase.ExportNonSubmittersCommand;
import jp.kenpo.kennin.application.progress.ExportNonSubmittersUseCase.ExportNonSubmittersResult;
import jp.kenpo.kennin.application.progress.ShowSurveyProgressUseCase.ShowSurveyProgressCommand;
import jp.kenpo.kennin.application.progress.ShowSurveyProgressUseCase.ShowSurveyProgressResult;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.progress.ProgressStatus;
import jp.kenpo.kennin.domain.staff.StaffPermission;

/**
 * The survey year's dashboard under /admin/progress (every 事業所, VIEW_PROGRESS) and the
 * 事業所担当's own under /admin/office-progress (VIEW_OFFICE_PROGRESS), each with the
 * non-submitters' CSV. The 事業所担当's 事業所 is their account's: a request naming another one
 * is not found, whatever it says.
 */
public final class ProgressPages implements StaffPages {
    static final String DASHBOARD = "/admin/progress";
    static final String OFFICE_DASHBOARD = "/admin/office-progress";
    static final String CSV = "/non-submitters.csv";

    private final ProgressUseCases useCases;
    private final ClientAddresses clients;
    private StaffViews views;

    public ProgressPages(ProgressUseCases useCases, ClientAddresses clients) {
        this.useCases = useCases;
        this.clients = clients;
    }

    @Override
    public void routes(StaffRouteTable table, StaffViews views) {
        this.views = views;
        table.get(DASHBOARD, StaffPermission.VIEW_PROGRESS, ctx -> dashboard(ctx, DASHBOARD));
        table.get(DASHBOARD + CSV, StaffPermission.VIEW_PROGRESS, this::nonSubmitters);
        table.get(OFFICE_DASHBOARD, StaffPermission.VIEW_OFFICE_PROGRESS, ctx -> dashboard(ctx, OFFICE_DASHBOARD));
        table.get(OFFICE_DASHBOARD + CSV, StaffPermission.VIEW_OFFICE_PROGRESS, this::nonSubmitters);
    }

    @Override
    public List<StaffPage.MenuItem> menu() {
        return List.of(new StaffPage.MenuItem(DASHBOARD, "progress.menu.dashboard", Optional.of(StaffPermission.VIEW_PROGRESS)),
                new StaffPage.MenuItem(OFFICE_DASHBOARD, "progress.menu.office",
                        Optional.of(StaffPermission.VIEW_OFFICE_PROGRESS)));
    }

    private void dashboard(Context ctx, String base) {
        SignedInStaff staff = StaffRequest.staff(ctx);
        ShowSurveyProgressResult result = useCases.show().showSurveyProgress(new ShowSurveyProgressCommand(staff,
                clients.of(ctx)));
        Map<String, Object> model = new HashMap<>();
        model.put("shown", result instanceof ShowSurveyProgressResult.Shown shown ? shown : null);
        model.put("statuses", List.of(ProgressStatus.values()));
        model.put("csvBase", base + CSV);
        model.put("ownOffice", base.equals(OFFICE_DASHBOARD));
        views.render(ctx, "progress/dashboard.jte", "progress.title", model);
    }

    private void nonSubmitters(Context ctx) {
        SignedInStaff staff = StaffRequest.staff(ctx);
        String office = ctx.queryParam("office");
        if (office == null) {
            // The 事業所担当's page names no 事業所: theirs is meant (and the only one they get).
            office = staff.may(StaffPermission.VIEW_PROGRESS) ? "" : staff.office().orElse("");
        }
        ExportNonSubmittersResult result = useCases.exportNonSubmitters().exportNonSubmitters(
                new ExportNonSubmittersCommand(staff, office, clients.of(ctx)));
        if (!(result instanceof ExportNonSubmittersResult.Exported exported)) {
            throw new NotFoundResponse();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            NonSubmittersCsv.write(exported.members(), List.of(views.messages().text("progress.csv.header").split(",")),
                    status -> views.messages().text("progress.status." + status.name()), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.header("Content-Disposition", ContentDisposition.attachment("non-submitters.csv"));
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("text/csv; charset=utf-8").result(out.toByteArray());
    }

    /** For the template: the CSV link of one 事業所. */
    public static String csvLink(String base, String office) {
        return base + "?office=" + URLEncoder.encode(office, StandardCharsets.UTF_8);
    }
}
