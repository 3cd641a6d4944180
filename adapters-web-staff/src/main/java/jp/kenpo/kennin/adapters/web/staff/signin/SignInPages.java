package jp.kenpo.kennin.adapters.web.staff.signin;

import io.javalin.http.Context;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.kit.Flash;
import jp.kenpo.kennin.adapters.web.kit.Form;
import jp.kenpo.kennin.adapters.web.kit.Redirects;
import jp.kenpo.kennin.adapters.web.staff.StaffPages;
import jp.kenpo.kennin.adapters.web.staff.StaffPaths;
import jp.kenpo.kennin.adapters.web.staff.StaffRequest;
import jp.kenpo.kennin.adapters.web.staff.StaffRouteTable;
import jp.kenpo.kennin.adapters.web.staff.StaffSession;
import jp.kenpo.kennin.adapters.web.staff.StaffSessions;
import jp.kenpo.kennin.adapters.web.staff.StaffViews;
import jp.kenpo.kennin.application.staff.StaffLogInUseCase;
import jp.kenpo.kennin.application.staff.StaffLogInUseCase.StaffLogInCommand;
import jp.kenpo.kennin.application.staff.StaffLogInUseCase.StaffLogInResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * /admin/login and /admin/logout: one form with login name, password and the one-time code.
 * Every refusal reads the same, whichever part was wrong; a sign-in always starts a new session.
 */
public final class SignInPages implements StaffPages {
    /** The query the guard adds when a session cookie came back but its session had ended. */
    static final String ENDED = "ended";
    /** The query after signing out. */
    static final String SIGNED_OUT = "out";
    /** Warn at sign-in when this many recovery codes or fewer are left. */
    static final int FEW_RECOVERY_CODES = 3;
    private static final Logger LOG = LoggerFactory.getLogger(SignInPages.class);

    private final StaffLogInUseCase logIn;
    private final StaffSessions sessions;
    private final ClientAddresses clients;
    private StaffViews views;

    public SignInPages(StaffLogInUseCase logIn, StaffSessions sessions, ClientAddresses clients) {
        this.logIn = logIn;
        this.sessions = sessions;
        this.clients = clients;
    }

    @Override
    public void routes(StaffRouteTable table, StaffViews views) {
        this.views = views;
        table.getPublic(StaffPaths.LOGIN, this::show);
        table.postPublic(StaffPaths.LOGIN, this::signIn);
        table.postSignedIn(StaffPaths.LOGOUT, this::signOut);
    }

    private void show(Context ctx) {
        if (StaffRequest.session(ctx).isPresent()) {
            Redirects.seeOther(ctx, StaffPaths.HOME);
            return;
        }
        String notice = ctx.queryParamMap().containsKey(ENDED) ? "staffweb.login.ended"
                : ctx.queryParamMap().containsKey(SIGNED_OUT) ? "staffweb.login.signedOut" : null;
        render(ctx, views.emptyForm(), notice);
    }

    private void signIn(Context ctx) {
        Form form = views.read(ctx, "login", "password", "oneTimeCode");
        StaffLogInCommand command = new StaffLogInCommand(form.raw("login"), form.raw("password"), form.raw("oneTimeCode"),
                clients.of(ctx));
        form.forget("password", "oneTimeCode");
        StaffLogInResult result;
        try {
            result = logIn.logIn(command);
        } catch (RejectedExecutionException e) {
            // The bounded password-hashing queue is full (a burst of sign-ins): a short wait fixes it.
            LOG.warn("Staff sign-in refused: {}", e.getMessage());
            ctx.status(503).header("Retry-After", "10");
            render(ctx, form.reject("staffweb.busy"), null);
            return;
        }
        if (result instanceof StaffLogInResult.SignedIn signedIn) {
            StaffSession session = sessions.start(ctx, signedIn.staff());
            if (signedIn.recoveryCodesLeft() <= FEW_RECOVERY_CODES) {
                session.flash(Flash.error("staffweb.login.recoveryCodesLow", signedIn.recoveryCodesLeft()));
            }
            Redirects.seeOther(ctx, StaffPaths.HOME);
        } else if (result instanceof StaffLogInResult.Throttled) {
            render(ctx, form.reject("staffweb.login.throttled"), null);
        } else {
            // Unknown name, wrong password, wrong or reused code, disabled account: the same words for each.
            render(ctx, form.reject("staffweb.login.refused"), null);
        }
    }

    private void signOut(Context ctx) {
        sessions.signOut(ctx);
        Redirects.seeOther(ctx, StaffPaths.LOGIN + "?" + SIGNED_OUT);
    }

    private void render(Context ctx, Form form, String noticeKey) {
        views.render(ctx, "signin/login.jte", "staffweb.login.title",
                noticeKey == null ? Map.of("form", form) : Map.of("form", form, "notice", noticeKey));
    }
}
