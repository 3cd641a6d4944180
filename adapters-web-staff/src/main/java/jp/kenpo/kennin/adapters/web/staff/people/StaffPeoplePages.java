package jp.kenpo.kennin.adapters.web.staff.people;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.kit.Flash;
import jp.kenpo.kennin.adapters.web.kit.Form;
import jp.kenpo.kennin.adapters.web.kit.Messages;
import jp.kenpo.kennin.adapters.web.kit.Redirects;
import jp.kenpo.kennin.adapters.web.staff.StaffPage;
import jp.kenpo.kennin.adapters.web.staff.StaffPages;
import jp.kenpo.kennin.adapters.web.staff.StaffRequest;
import jp.kenpo.kennin.adapters.web.staff.StaffRouteTable;
import jp.kenpo.kennin.adapters.web.staff.StaffSessions;
import jp.kenpo.kennin.adapters.web.staff.StaffViews;
import jp.kenpo.kennin.application.staff.CreateStaffUseCase;
import jp.kenpo.kennin.application.staff.CreateStaffUseCase.CreateStaffCommand;
import jp.kenpo.kennin.application.staff.CreateStaffUseCase.CreateStaffResult;
import jp.kenpo.kennin.application.staff.DisableStaffUseCase;
import jp.kenpo.kennin.application.staff.DisableStaffUseCase.DisableStaffCommand;
import jp.kenpo.kennin.application.staff.DisableStaffUseCase.DisableStaffResult;
import jp.kenpo.kennin.application.staff.ListStaffUseCase;
import jp.kenpo.kennin.application.staff.ListStaffUseCase.ListStaffCommand;
import jp.kenpo.kennin.application.staff.ListStaffUseCase.ListStaffResult;
import jp.kenpo.kennin.application.staff.ListStaffUseCase.StaffEntry;
import jp.kenpo.kennin.application.staff.ReissueStaffEnrolmentUseCase;
import jp.kenpo.kennin.application.staff.ReissueStaffEnrolmentUseCase.ReissueStaffEnrolmentCommand;
import jp.kenpo.kennin.application.staff.ReissueStaffEnrolmentUseCase.ReissueStaffEnrolmentResult;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.staff.StaffPermission;
import jp.kenpo.kennin.domain.staff.StaffRole;
import jp.kenpo.kennin.domain.staff.StaffState;

/**
 * Staff accounts: the list, a new account (its owner gets an enrolment link by mail), disabling
 * one (its sessions end at once) and a new enrolment link for a lost authenticator or password.
 *
 * <p>Two sets of the same pages, because a route needs exactly one permission: a 管理者 manages
 * their insurer's staff under /admin/staff ({@link StaffPermission#MANAGE_STAFF}); the operator,
 * whose only permission is {@link StaffPermission#MANAGE_INSURERS}, manages operators and every
 * insurer's 管理者 under /admin/operator/staff, naming the insurer of a new 管理者. Which accounts
 * each may see and touch is the use cases' rule; these pages only choose the form.
 */
public final class StaffPeoplePages implements StaffPages {
    static final Scope INSURER = new Scope("/admin/staff", StaffPermission.MANAGE_STAFF, false);
    static final Scope OPERATOR = new Scope("/admin/operator/staff", StaffPermission.MANAGE_INSURERS, true);
    /** Roles a 管理者 may give; the operator only makes 管理者. */
    static final List<StaffRole> INSURER_ROLES = List.of(StaffRole.ADMINISTRATOR, StaffRole.REVIEWER, StaffRole.HELP_DESK,
            StaffRole.EMPLOYER_CONTACT);
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm");
    private static final String[] FIELDS = {"insurerCode", "login", "displayName", "email", "role", "office"};

    /** One set of the pages: where it lives, what it needs, and whether the operator uses it. */
    record Scope(String base, StaffPermission permission, boolean operator) {
    }

    private final ListStaffUseCase list;
    private final CreateStaffUseCase create;
    private final DisableStaffUseCase disable;
    private final ReissueStaffEnrolmentUseCase reissue;
    private final StaffSessions sessions;
    private final ClientAddresses clients;
    private StaffViews views;

    public StaffPeoplePages(ListStaffUseCase list, CreateStaffUseCase create, DisableStaffUseCase disable,
                            ReissueStaffEnrolmentUseCase reissue, StaffSessions sessions, ClientAddresses clients) {
        this.list = list;
        this.create = create;
        this.disable = disable;
        this.reissue = reissue;
        this.sessions = sessions;
        this.clients = clients;
    }

    @Override
    public void routes(StaffRouteTable table, StaffViews views) {
        this.views = views;
        for (Scope scope : List.of(INSURER, OPERATOR)) {
            table.get(scope.base(), scope.permission(), ctx -> list(ctx, scope));
            table.get(scope.base() + "/new", scope.permission(), ctx -> renderCreate(ctx, scope, views.emptyForm()));
            table.post(scope.base() + "/new", scope.permission(), ctx -> create(ctx, scope));
            table.get(scope.base() + "/{staffId}/disable", scope.permission(), ctx -> confirm(ctx, scope, Action.DISABLE));
            table.post(scope.base() + "/{staffId}/disable", scope.permission(), ctx -> disable(ctx, scope));
            table.get(scope.base() + "/{staffId}/reissue", scope.permission(), ctx -> confirm(ctx, scope, Action.REISSUE));
            table.post(scope.base() + "/{staffId}/reissue", scope.permission(), ctx -> reissue(ctx, scope));
        }
    }

    @Override
    public List<StaffPage.MenuItem> menu() {
        return List.of(new StaffPage.MenuItem(INSURER.base(), "staffweb.menu.staff", Optional.of(INSURER.permission())),
                new StaffPage.MenuItem(OPERATOR.base(), "staffweb.menu.operatorStaff", Optional.of(OPERATOR.permission())));
    }

    enum Action {
        DISABLE("disable"), REISSUE("reissue");

        private final String path;

        Action(String path) {
            this.path = path;
        }
    }

    /** One line of the list as shown. */
    public record Row(String id, String login, String displayName, String role, String insurer, String office, String state,
                      String lastSignedIn, boolean self, boolean disabled) {
    }

    private void list(Context ctx, Scope scope) {
        List<StaffEntry> entries = entries(ctx);
        SignedInStaff me = StaffRequest.staff(ctx);
        Messages messages = views.messages();
        List<Row> rows = entries.stream().map(e -> row(messages, e, me)).toList();
        views.render(ctx, "people/list.jte", scope.operator() ? "staffweb.staff.operatorTitle" : "staffweb.staff.title",
                Map.of("rows", rows, "base", scope.base(), "operator", scope.operator()));
    }

    private List<StaffEntry> entries(Context ctx) {
        ListStaffResult result = list.listStaff(new ListStaffCommand(StaffRequest.staff(ctx), clients.of(ctx)));
        return ((ListStaffResult.Listed) result).staff();
    }

    private static Row row(Messages messages, StaffEntry e, SignedInStaff me) {
        return new Row(String.valueOf(e.id().value()), e.login().value(), e.displayName(),
                messages.text("staff.role." + e.role().name()), e.insurer().map(Object::toString).orElse(""),
                e.office().orElse(""), messages.text("staffweb.staff.state." + e.state().name()),
                e.lastSignedInAt().map(t -> WHEN.format(t.atZone(TOKYO))).orElse(messages.text("staffweb.staff.never")),
                e.id().equals(me.id()), e.state() == StaffState.DISABLED);
    }

    private void renderCreate(Context ctx, Scope scope, Form form) {
        Messages messages = views.messages();
        Map<String, String> roles = new java.util.LinkedHashMap<>();
        INSURER_ROLES.forEach(r -> roles.put(r.name(), messages.text("staff.role." + r.name())));
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("base", scope.base());
        model.put("operator", scope.operator());
        model.put("roles", roles);
        model.put("selectedRole", form.value("role") == null ? "" : form.value("role"));
        views.render(ctx, "people/new.jte", scope.operator() ? "staffweb.staff.new.operatorTitle" : "staffweb.staff.new.title",
                model);
    }

    private void create(Context ctx, Scope scope) {
        Form form = views.read(ctx, FIELDS);
        Optional<StaffRole> role = scope.operator() ? Optional.of(StaffRole.ADMINISTRATOR)
                : Arrays.stream(StaffRole.values()).filter(r -> r.name().equals(form.raw("role")))
                .filter(INSURER_ROLES::contains).findFirst();
        if (role.isEmpty()) {
            renderCreate(ctx, scope, form.rejectField("role", "staffweb.staff.role.choose"));
            return;
        }
        CreateStaffCommand command = new CreateStaffCommand(StaffRequest.staff(ctx),
                scope.operator() ? Optional.of(form.raw("insurerCode")) : Optional.empty(), form.raw("login"),
                form.raw("displayName"), form.raw("email"), role.get(),
                form.raw("office").isBlank() ? Optional.empty() : Optional.of(form.raw("office")), clients.of(ctx));
        CreateStaffResult result = create.createStaff(command);
        if (result instanceof CreateStaffResult.Created created) {
            StaffRequest.flash(ctx, created.mailed() ? Flash.info("staffweb.staff.created", form.raw("login").strip())
                    : Flash.error("identity.staff.createdNotMailed", form.raw("login").strip()));
            Redirects.seeOther(ctx, scope.base());
        } else if (result instanceof CreateStaffResult.LoginTaken) {
            renderCreate(ctx, scope, form.rejectField("login", "staffweb.staff.loginTaken"));
        } else if (result instanceof CreateStaffResult.UnknownInsurer) {
            renderCreate(ctx, scope, form.rejectField("insurerCode", "staffweb.staff.unknownInsurer"));
        } else if (result instanceof CreateStaffResult.RoleNotAllowed) {
            renderCreate(ctx, scope, form.rejectField("role", "staffweb.staff.role.notAllowed"));
        } else if (result instanceof CreateStaffResult.Invalid invalid) {
            renderCreate(ctx, scope, rejectInvalid(form, invalid.code()));
        }
    }

    /** The field a reason code of the create use case is about; the whole form when none fits. */
    static Form rejectInvalid(Form form, String code) {
        String field = switch (code) {
            case "insurer.code.invalid" -> "insurerCode";
            case "staff.login.invalid" -> "login";
            case "staff.name.invalid" -> "displayName";
            case "email.invalid" -> "email";
            case "staff.role.invalid" -> "role";
            case "staff.office.invalid" -> "office";
            default -> null;
        };
        return field == null ? form.reject(code) : form.rejectField(field, code);
    }

    private void confirm(Context ctx, Scope scope, Action action) {
        StaffEntry entry = find(ctx);
        Row row = row(views.messages(), entry, StaffRequest.staff(ctx));
        views.render(ctx, "people/confirm.jte", action == Action.DISABLE ? "staffweb.staff.disable.title"
                : "staffweb.staff.reissue.title", Map.of("row", row, "base", scope.base(), "action", action.path,
                "disable", action == Action.DISABLE));
    }

    /** The account named in the path among those this staff member manages; 404 otherwise. */
    private StaffEntry find(Context ctx) {
        StaffId id = id(ctx);
        return entries(ctx).stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(NotFoundResponse::new);
    }

    private static StaffId id(Context ctx) {
        String raw = ctx.pathParam("staffId");
        if (!raw.matches("[1-9][0-9]{0,17}")) {
            throw new NotFoundResponse();
        }
        return new StaffId(Long.parseLong(raw));
    }

    private void disable(Context ctx, Scope scope) {
        StaffId id = id(ctx);
        DisableStaffResult result = disable.disableStaff(new DisableStaffCommand(StaffRequest.staff(ctx), id, clients.of(ctx)));
        if (result instanceof DisableStaffResult.NotFound) {
            throw new NotFoundResponse();
        }
        if (result instanceof DisableStaffResult.Disabled) {
            sessions.endAllOf(id);
            StaffRequest.flash(ctx, Flash.info("staffweb.staff.disabled"));
        } else if (result instanceof DisableStaffResult.AlreadyDisabled) {
            // A double click or a second tab: the account is off either way; make sure no session survives.
            sessions.endAllOf(id);
            StaffRequest.flash(ctx, Flash.info("staffweb.staff.alreadyDisabled"));
        } else {
            StaffRequest.flash(ctx, Flash.error("staffweb.staff.notYourself"));
        }
        Redirects.seeOther(ctx, scope.base());
    }

    private void reissue(Context ctx, Scope scope) {
        StaffId id = id(ctx);
        ReissueStaffEnrolmentResult result = reissue.reissueEnrolment(new ReissueStaffEnrolmentCommand(StaffRequest.staff(ctx),
                id, clients.of(ctx)));
        if (result instanceof ReissueStaffEnrolmentResult.NotFound) {
            throw new NotFoundResponse();
        }
        if (result instanceof ReissueStaffEnrolmentResult.Reissued reissued) {
            if (reissued.mailed()) {
                // The old password and authenticator stopped working: so does any session they opened.
                sessions.endAllOf(id);
            }
            // Not mailed: nothing was reset, the account works as before.
            StaffRequest.flash(ctx, reissued.mailed()
                    ? Flash.info("staffweb.staff.reissued", WHEN.format(reissued.expiresAt().atZone(TOKYO)))
                    : Flash.error("identity.staff.reissueNotMailed"));
        } else if (result instanceof ReissueStaffEnrolmentResult.Disabled) {
            StaffRequest.flash(ctx, Flash.error("staffweb.staff.reissueDisabled"));
        } else if (result instanceof ReissueStaffEnrolmentResult.NoEmail) {
            StaffRequest.flash(ctx, Flash.error("staffweb.staff.reissueNoEmail"));
        } else {
            StaffRequest.flash(ctx, Flash.error("staffweb.staff.notYourself"));
        }
        Redirects.seeOther(ctx, scope.base());
    }
}
