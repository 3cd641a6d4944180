package jp.kenpo.kennin.adapters.web.staff.letters;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.kit.ContentDisposition;
import jp.kenpo.kennin.adapters.web.kit.Flash;
import jp.kenpo.kennin.adapters.web.kit.Form;
import jp.kenpo.kennin.adapters.web.kit.Redirects;
import jp.kenpo.kennin.adapters.web.staff.StaffPage;
import jp.kenpo.kennin.adapters.web.staff.StaffPages;
import jp.kenpo.kennin.adapters.web.staff.StaffRequest;
import jp.kenpo.kennin.adapters.web.staff.StaffRouteTable;
import jp.kenpo.kennin.adapters.web.staff.StaffViews;
import jp.kenpo.kennin.application.letters.DownloadLetterBatchUseCase.DownloadLetterBatchCommand;
import jp.kenpo.kennin.application.letters.DownloadLetterBatchUseCase.DownloadLetterBatchResult;
import jp.kenpo.kennin.application.letters.LetterBatch;
import jp.kenpo.kennin.application.letters.LetterSelection;
import jp.kenpo.kennin.application.letters.LineProblem;
import jp.kenpo.kennin.application.letters.ListLetterBatchesUseCase.LetterBatches;
import jp.kenpo.kennin.application.letters.RequestLetterBatchUseCase.RequestLetterBatchCommand;
import jp.kenpo.kennin.application.letters.RequestLetterBatchUseCase.RequestLetterBatchResult;
import jp.kenpo.kennin.domain.staff.StaffPermission;

/**
 * 郵送のお知らせ under /admin/letters (MANAGE_MAILINGS): choose members (undeliverable address, a
 * 事業所, a pasted list of 記号・番号, not yet submitted), see the batches with their state, take a
 * finished batch's PDF. The page reloads itself while a batch is being made. A pasted list with a
 * bad line comes back with every such line named and nothing queued.
 */
public final class LetterPages implements StaffPages {
    static final String PATH = "/admin/letters";
    /** How often the page reloads while a batch is queued or running. */
    static final int REFRESH_SECONDS = 10;

    private final LetterUseCases useCases;
    private final ClientAddresses clients;
    private StaffViews views;

    public LetterPages(LetterUseCases useCases, ClientAddresses clients) {
        this.useCases = useCases;
        this.clients = clients;
    }

    @Override
    public void routes(StaffRouteTable table, StaffViews views) {
        this.views = views;
        table.get(PATH, StaffPermission.MANAGE_MAILINGS, ctx -> render(ctx, views.emptyForm(), List.of()));
        table.post(PATH, StaffPermission.MANAGE_MAILINGS, this::request);
        table.get(PATH + "/{batchId}/letters.pdf", StaffPermission.MANAGE_MAILINGS, this::download);
    }

    @Override
    public List<StaffPage.MenuItem> menu() {
        return List.of(new StaffPage.MenuItem(PATH, "letters.menu", Optional.of(StaffPermission.MANAGE_MAILINGS)));
    }

    private void render(Context ctx, Form form, List<String> problems) {
        LetterBatches batches = useCases.list().listLetterBatches(StaffRequest.staff(ctx));
        if (batches.batches().stream().anyMatch(LetterPages::inProgress)) {
            ctx.header("Refresh", String.valueOf(REFRESH_SECONDS));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("kind", Optional.ofNullable(form.value("kind")).orElse(LetterSelection.Kind.UNDELIVERABLE.name()));
        model.put("kinds", Arrays.stream(LetterSelection.Kind.values()).map(Enum::name).toList());
        model.put("office", Optional.ofNullable(form.value("office")).orElse(""));
        model.put("cards", Optional.ofNullable(form.value("cards")).orElse(""));
        model.put("offices", batches.offices());
        model.put("batches", batches.batches().stream().map(b -> LetterBatchView.of(b, views.messages())).toList());
        model.put("fiscalYear", batches.fiscalYear());
        model.put("problems", problems);
        views.render(ctx, "letters/letters.jte", "letters.title", model);
    }

    private void request(Context ctx) {
        Form form = views.read(ctx, "kind", "office", "cards");
        Optional<LetterSelection.Kind> kind = Arrays.stream(LetterSelection.Kind.values())
                .filter(k -> k.name().equals(form.raw("kind"))).findFirst();
        if (kind.isEmpty()) {
            render(ctx, form.rejectField("kind", "letters.kind.missing"), List.of());
            return;
        }
        String argument = kind.get() == LetterSelection.Kind.LIST ? form.raw("cards") : form.raw("office");
        RequestLetterBatchResult result = useCases.request().requestLetterBatch(new RequestLetterBatchCommand(
                StaffRequest.staff(ctx), kind.get(), argument, clients.of(ctx)));
        if (result instanceof RequestLetterBatchResult.Queued queued) {
            StaffRequest.flash(ctx, Flash.info("letters.queued", String.valueOf(queued.batchId()), queued.letters()));
            Redirects.seeOther(ctx, PATH);
        } else if (result instanceof RequestLetterBatchResult.ListRejected rejected) {
            List<String> problems = rejected.problems().stream().map(this::problem).toList();
            render(ctx, form.rejectField("cards", "letters.list.rejected", rejected.problems().size()), problems);
        } else {
            RequestLetterBatchResult.Refused refused = (RequestLetterBatchResult.Refused) result;
            String field = switch (refused.reason()) {
                case OFFICE_MISSING -> "office";
                case LIST_EMPTY, LIST_TOO_LONG -> "cards";
                default -> "kind";
            };
            render(ctx, form.rejectField(field, "letters.refused." + refused.reason().name() + reasonSuffix(refused, kind.get())),
                    List.of());
        }
    }

    /** Nobody selected says why for the kind chosen (no undeliverable address, nobody in the 事業所, …). */
    private static String reasonSuffix(RequestLetterBatchResult.Refused refused, LetterSelection.Kind kind) {
        return refused.reason() == jp.kenpo.kennin.application.letters.RequestLetterBatchUseCase.Reason.NOBODY_SELECTED
                ? "." + kind.name() : "";
    }

    private String problem(LineProblem problem) {
        return views.messages().text("letters.line." + problem.code().name(), String.valueOf(problem.line()));
    }

    private void download(Context ctx) {
        String raw = ctx.pathParam("batchId");
        if (!raw.matches("[1-9][0-9]{0,17}")) {
            throw new NotFoundResponse();
        }
        long id = Long.parseLong(raw);
        DownloadLetterBatchResult result = useCases.download().downloadLetterBatch(new DownloadLetterBatchCommand(
                StaffRequest.staff(ctx), id, (batch, year) -> open(ctx, batch, year), clients.of(ctx)));
        if (result instanceof DownloadLetterBatchResult.NotFound) {
            throw new NotFoundResponse();
        }
        if (result instanceof DownloadLetterBatchResult.NotReady) {
            StaffRequest.flash(ctx, Flash.error("letters.notReady", String.valueOf(id)));
            Redirects.seeOther(ctx, PATH);
        }
    }

    private OutputStream open(Context ctx, long batchId, int fiscalYear) {
        ctx.header("Content-Disposition", ContentDisposition.attachment(views.messages().text("letters.file",
                String.valueOf(fiscalYear), String.valueOf(batchId)) + ".pdf"));
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/pdf");
        return ctx.outputStream();
    }

    private static boolean inProgress(LetterBatch batch) {
        return batch.state() == LetterBatch.State.QUEUED || batch.state() == LetterBatch.State.RUNNING;
    }
}
