package jp.kenpo.kennin.adapters.web.staff.setup;

import io.javalin.http.Context;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.adapters.csv.RosterCsvFile;
import jp.kenpo.kennin.adapters.csv.RosterCsvReader;
import jp.kenpo.kennin.adapters.csv.RosterFileException;
import jp.kenpo.kennin.adapters.csv.RosterLayout;
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.kit.Flash;
import jp.kenpo.kennin.adapters.web.kit.Form;
import jp.kenpo.kennin.adapters.web.kit.Messages;
import jp.kenpo.kennin.adapters.web.kit.Redirects;
import jp.kenpo.kennin.adapters.web.staff.StaffPage;
import jp.kenpo.kennin.adapters.web.staff.StaffPages;
import jp.kenpo.kennin.adapters.web.staff.StaffRequest;
import jp.kenpo.kennin.adapters.web.staff.StaffRouteTable;
import jp.kenpo.kennin.adapters.web.staff.StaffViews;
import jp.kenpo.kennin.application.roster.DependentRosterRow;
import jp.kenpo.kennin.application.roster.HeldRoster;
import jp.kenpo.kennin.application.roster.HoldRosterUseCase;
import jp.kenpo.kennin.application.roster.HoldRosterUseCase.HoldRosterCommand;
import jp.kenpo.kennin.application.roster.HoldRosterUseCase.ReleaseRosterCommand;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.RowProblem;
import jp.kenpo.kennin.application.roster.RosterRow;
import jp.kenpo.kennin.application.roster.StoreRosterPort.RosterCounts;
import jp.kenpo.kennin.application.roster.UploadRosterUseCase;
import jp.kenpo.kennin.application.roster.UploadRosterUseCase.Mode;
import jp.kenpo.kennin.application.roster.UploadRosterUseCase.RosterFile;
import jp.kenpo.kennin.application.roster.UploadRosterUseCase.UploadRosterCommand;
import jp.kenpo.kennin.application.roster.UploadRosterUseCase.UploadRosterResult;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.staff.StaffPermission;

/**
 * Rosters in the browser (IMPORT_ROSTERS), read by import-roster's own reader: upload a file of
 * members or of dependents, see what it would create, update and leave unchanged (or every bad
 * line), then commit exactly that file.
 */
public final class RosterPages implements StaffPages {
    static final String PATH = "/admin/rosters";
    /** A roster of a large insurer (100,000 members) is a few MB; more is not a roster. */
    static final long MAX_BYTES = 30L * 1024 * 1024;
    static final List<String> KINDS = List.of("MEMBERS", "DEPENDENTS");
    static final List<String> ENCODINGS = List.of("Windows-31J", "UTF-8");

    private final UploadRosterUseCase upload;
    private final HoldRosterUseCase held;
    private final ClientAddresses clients;
    private final RosterCsvReader reader = new RosterCsvReader();
    private StaffViews views;

    public RosterPages(UploadRosterUseCase upload, HoldRosterUseCase held, ClientAddresses clients) {
        this.upload = upload;
        this.held = held;
        this.clients = clients;
    }

    @Override
    public void routes(StaffRouteTable table, StaffViews views) {
        this.views = views;
        table.get(PATH, StaffPermission.IMPORT_ROSTERS, ctx -> render(ctx, views.emptyForm(), Map.of()));
        table.post(PATH + "/preview", StaffPermission.IMPORT_ROSTERS, this::preview);
        table.post(PATH + "/commit", StaffPermission.IMPORT_ROSTERS, this::commit);
    }

    @Override
    public List<StaffPage.MenuItem> menu() {
        return List.of(new StaffPage.MenuItem(PATH, "setup.menu.rosters", Optional.of(StaffPermission.IMPORT_ROSTERS)));
    }

    private void render(Context ctx, Form form, Map<String, Object> extra) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("form", form);
        model.put("kind", form.value("kind") == null ? "MEMBERS" : form.value("kind"));
        model.put("encoding", form.value("encoding") == null ? ENCODINGS.get(0) : form.value("encoding"));
        model.put("kinds", KINDS);
        model.put("encodings", ENCODINGS);
        model.put("problems", List.of());
        model.put("counts", null);
        model.put("token", null);
        model.put("fileName", "");
        model.putAll(extra);
        views.render(ctx, "setup/rosters.jte", "setup.rosters.title", model);
    }

    private void preview(Context ctx) {
        Form form = views.read(ctx, "kind", "encoding");
        HeldRoster.Kind kind = "DEPENDENTS".equals(form.raw("kind")) ? HeldRoster.Kind.DEPENDENTS : HeldRoster.Kind.MEMBERS;
        Charset encoding = RosterCsvReader.encodingNamed(form.raw("encoding")).orElse(RosterCsvReader.WINDOWS_31J);
        Optional<SetupText.Upload> file = SetupText.upload(ctx, "file", MAX_BYTES);
        if (file.isEmpty()) {
            render(ctx, form.rejectField("file", "setup.rosters.none"), Map.of());
            return;
        }
        if (file.get().tooLarge()) {
            render(ctx, form.rejectField("file", "setup.rosters.tooLarge", MAX_BYTES / (1024 * 1024)), Map.of());
            return;
        }
        SignedInStaff staff = StaffRequest.staff(ctx);
        UploadRosterResult result;
        try {
            result = streamThrough(ctx, staff, file.get().fileName(), kind, file.get().content(), encoding, Mode.PREVIEW);
        } catch (RosterFileException e) {
            render(ctx, form.rejectField("file", e.key(), e.args()), Map.of());
            return;
        }
        if (result instanceof UploadRosterResult.Rejected rejected) {
            render(ctx, form.rejectField("file", "setup.rosters.rejected", rejected.total()),
                    Map.of("problems", problems(views.messages(), rejected.problems()), "fileName", file.get().fileName()));
            return;
        }
        RosterCounts counts = ((UploadRosterResult.Previewed) result).counts();
        // The file waits in the database, not in this node's memory: the commit may reach another node.
        String token = held.hold(new HoldRosterCommand(staff, file.get().fileName(), kind, encoding.name(), file.get().content()))
                .value();
        render(ctx, form, Map.of("counts", counts, "token", token, "fileName", file.get().fileName()));
    }

    /**
     * Streams the file's rows through the use case (never a list of them in memory): a file that
     * turns out unreadable part-way rolls the use case back and is reported like one refused at once.
     */
    private UploadRosterResult streamThrough(Context ctx, SignedInStaff staff, String fileName, HeldRoster.Kind kind,
                                             byte[] content, Charset encoding, Mode mode) throws RosterFileException {
        try {
            if (kind == HeldRoster.Kind.MEMBERS) {
                try (RosterCsvFile<RosterRow> rows = reader.open(content, encoding, RosterLayout.MEMBERS)) {
                    return upload.uploadRoster(new UploadRosterCommand(staff, fileName, new RosterFile.Members(rows), mode,
                            clients.of(ctx)));
                }
            }
            try (RosterCsvFile<DependentRosterRow> rows = reader.open(content, encoding, RosterLayout.DEPENDENTS)) {
                return upload.uploadRoster(new UploadRosterCommand(staff, fileName, new RosterFile.Dependents(rows), mode,
                        clients.of(ctx)));
            }
        } catch (RosterFileException.Unreadable e) {
            throw e.problem();
        }
    }

    private void commit(Context ctx) {
        SignedInStaff staff = StaffRequest.staff(ctx);
        Optional<HeldRoster> kept = held.release(new ReleaseRosterCommand(staff, ctx.formParam("token")));
        if (kept.isEmpty()) {
            StaffRequest.flash(ctx, Flash.error("setup.rosters.expired"));
            Redirects.seeOther(ctx, PATH);
            return;
        }
        UploadRosterResult result;
        try {
            result = streamThrough(ctx, staff, kept.get().fileName(), kept.get().kind(), kept.get().content(),
                    RosterCsvReader.encodingNamed(kept.get().encoding()).orElse(RosterCsvReader.WINDOWS_31J), Mode.COMMIT);
        } catch (RosterFileException e) {
            // The very bytes read at the preview: only a reader changed in between (an upgrade) gets here.
            render(ctx, views.emptyForm().rejectField("file", e.key(), e.args()), Map.of());
            return;
        }
        if (result instanceof UploadRosterResult.Imported imported) {
            RosterCounts c = imported.counts();
            StaffRequest.flash(ctx, Flash.info("setup.rosters.imported", kept.get().fileName(), c.created(), c.updated(),
                    c.unchanged()));
            Redirects.seeOther(ctx, PATH);
            return;
        }
        // Another upload changed the members in between: the dependents file no longer checks out.
        UploadRosterResult.Rejected rejected = (UploadRosterResult.Rejected) result;
        List<RowProblem> problems = rejected.problems();
        render(ctx, views.emptyForm().rejectField("file", "setup.rosters.rejected", rejected.total()),
                Map.of("problems", problems(views.messages(), problems), "fileName", kept.get().fileName()));
    }

    static List<LineProblem> problems(Messages messages, List<RowProblem> problems) {
        return problems.stream().map(p -> new LineProblem(p.lineNumber(), p.column(), messages.text(p.code())))
                .sorted(java.util.Comparator.comparingInt(LineProblem::line)).toList();
    }
}
