package jp.kenpo.kennin.adapters.web.account;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.adapters.web.support.AccountSessions;
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.kit.CommandValidator;
import jp.kenpo.kennin.adapters.web.support.CredentialViolations;
import jp.kenpo.kennin.adapters.web.support.DisplayFormats;
import jp.kenpo.kennin.adapters.web.kit.Flash;
import jp.kenpo.kennin.adapters.web.kit.Form;
import jp.kenpo.kennin.adapters.web.support.PasswordHint;
import jp.kenpo.kennin.adapters.web.support.Paths;
import jp.kenpo.kennin.adapters.web.support.RefusedForms;
import jp.kenpo.kennin.adapters.web.kit.Redirects;
import jp.kenpo.kennin.adapters.web.support.Views;
import jp.kenpo.kennin.adapters.web.support.WebSession;
import jp.kenpo.kennin.application.account.RemindUserIdUseCase;
import jp.kenpo.kennin.application.account.RemindUserIdUseCase.RemindUserIdCommand;
import jp.kenpo.kennin.application.account.RemindUserIdUseCase.RemindUserIdResult;
import jp.kenpo.kennin.application.account.RequestPasswordResetUseCase;
import jp.kenpo.kennin.application.account.RequestPasswordResetUseCase.RequestPasswordResetCommand;
import jp.kenpo.kennin.application.account.RequestPasswordResetUseCase.RequestPasswordResetResult;
import jp.kenpo.kennin.application.account.ResetPasswordUseCase;
import jp.kenpo.kennin.application.account.ResetPasswordUseCase.ResetPasswordCommand;
import jp.kenpo.kennin.application.account.ResetPasswordUseCase.ResetPasswordResult;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;

/**
 * パスワードを忘れた方 and ユーザIDを忘れた方. Both answer the same whether or not anything matched,
 * and the answer page never repeats what was typed, so the response cannot tell accounts apart.
 */
public final class RecoveryController {
    public static final String FORGOT_PASSWORD = "/forgot/password";
    public static final String RESET_PASSWORD = "/password/reset";
    public static final String FORGOT_USER_ID = "/forgot/user-id";
    /** ResetPasswordCommand's limit: longer tokens cannot be real and are not looked up. */
    private static final int MAX_TOKEN_LENGTH = 200;

    private final RequestPasswordResetUseCase requestReset;
    private final ResetPasswordUseCase resetPassword;
    private final RemindUserIdUseCase remindUserId;
    private final Views views;
    private final CommandValidator validator;
    private final ClientAddresses clients;
    private final DisplayFormats formats;
    private final AccountSessions sessions;

    public RecoveryController(RequestPasswordResetUseCase requestReset, ResetPasswordUseCase resetPassword,
                              RemindUserIdUseCase remindUserId, Views views, CommandValidator validator, ClientAddresses clients,
                              DisplayFormats formats, AccountSessions sessions) {
        this.requestReset = requestReset;
        this.resetPassword = resetPassword;
        this.remindUserId = remindUserId;
        this.views = views;
        this.validator = validator;
        this.clients = clients;
        this.formats = formats;
        this.sessions = sessions;
    }

    /** Session key: which request form was just accepted, so its page shows the "sent if it matched" message once. */
    private static final String ACCEPTED = "recovery.accepted";

    public void showForgotPassword(Context ctx) {
        if (tookAccepted(ctx, FORGOT_PASSWORD)) {
            renderAccepted(ctx, "forgotPassword.title", "forgotPassword.accepted");
            return;
        }
        renderForgotPassword(ctx, RefusedForms.take(ctx, FORGOT_PASSWORD, views));
    }

    public void forgotPassword(Context ctx) {
        Form form = views.read(ctx, "userId", "email");
        RequestPasswordResetCommand command = new RequestPasswordResetCommand(form.raw("userId"), form.raw("email"), clients.of(ctx));
        if (!validator.check(command, form)) {
            RefusedForms.backTo(ctx, FORGOT_PASSWORD, form);
            return;
        }
        RequestPasswordResetResult result = requestReset.requestPasswordReset(command);
        if (result instanceof RequestPasswordResetResult.Throttled throttled) {
            RefusedForms.backTo(ctx, FORGOT_PASSWORD, form.reject("forgotPassword.throttled", formats.until(throttled.retryAt())));
        } else {
            accepted(ctx, FORGOT_PASSWORD);
        }
    }

    public void showReset(Context ctx) {
        String token = ctx.queryParam("token");
        Optional<CredentialPolicy> policy = token == null || token.length() > MAX_TOKEN_LENGTH
                ? Optional.empty() : resetPassword.checkResetLink(token);
        if (policy.isEmpty()) {
            renderLinkInvalid(ctx);
            return;
        }
        renderReset(ctx, RefusedForms.take(ctx, RESET_PASSWORD, views), token, PasswordHint.of(policy.get()));
    }

    public void reset(Context ctx) {
        Form form = views.read(ctx, "token", "password", "passwordConfirmation");
        ResetPasswordCommand command = new ResetPasswordCommand(form.raw("token"), form.raw("password"),
                form.raw("passwordConfirmation"), clients.of(ctx));
        form.forget("password", "passwordConfirmation");
        if (form.raw("token").length() > MAX_TOKEN_LENGTH) {
            Redirects.seeOther(ctx, RESET_PASSWORD); // without a token: the page says the link does not work
            return;
        }
        if (!validator.check(command, form)) {
            resetAgain(ctx, form);
            return;
        }
        ResetPasswordResult result = resetPassword.resetPassword(command);
        if (result instanceof ResetPasswordResult.PasswordChanged changed) {
            // Whoever else was logged in (perhaps the reason for the reset) is logged out everywhere.
            sessions.endAll(changed.account());
            WebSession.of(ctx).flash(Flash.info("resetPassword.done"));
            Redirects.seeOther(ctx, Paths.LOGIN);
        } else if (result instanceof ResetPasswordResult.Rejected rejected) {
            CredentialViolations.showOn(form, rejected.violations());
            resetAgain(ctx, form);
        } else {
            Redirects.seeOther(ctx, RESET_PASSWORD);
        }
    }

    public void showForgotUserId(Context ctx) {
        if (tookAccepted(ctx, FORGOT_USER_ID)) {
            renderAccepted(ctx, "forgotUserId.title", "forgotUserId.accepted");
            return;
        }
        renderForgotUserId(ctx, RefusedForms.take(ctx, FORGOT_USER_ID, views));
    }

    public void forgotUserId(Context ctx) {
        Form form = views.read(ctx, "insurerCode", "email");
        RemindUserIdCommand command = new RemindUserIdCommand(form.raw("insurerCode"), form.raw("email"), clients.of(ctx));
        if (!validator.check(command, form)) {
            RefusedForms.backTo(ctx, FORGOT_USER_ID, form);
            return;
        }
        RemindUserIdResult result = remindUserId.remindUserId(command);
        if (result instanceof RemindUserIdResult.Throttled throttled) {
            RefusedForms.backTo(ctx, FORGOT_USER_ID, form.reject("forgotUserId.throttled", formats.until(throttled.retryAt())));
        } else {
            accepted(ctx, FORGOT_USER_ID);
        }
    }

    private void renderForgotPassword(Context ctx, Form form) {
        views.render(ctx, "account/forgot-password.jte", "forgotPassword.title", Map.of("form", form));
    }

    private void renderForgotUserId(Context ctx, Form form) {
        views.render(ctx, "account/forgot-user-id.jte", "forgotUserId.title", Map.of("form", form));
    }

    private void renderAccepted(Context ctx, String titleKey, String messageKey) {
        views.render(ctx, "account/accepted.jte", titleKey, Map.of("messageKey", messageKey));
    }

    private void renderReset(Context ctx, Form form, String token, PasswordHint hint) {
        views.render(ctx, "account/reset-password.jte", "resetPassword.title",
                Map.of("form", form, "token", token, "passwordHint", hint));
    }

    /** Back to the link's page with the refusal (post/redirect/get); the page checks the link again. */
    private void resetAgain(Context ctx, Form form) {
        WebSession.of(ctx).carryForm(RESET_PASSWORD, form);
        Redirects.seeOther(ctx, RESET_PASSWORD + "?token=" + URLEncoder.encode(form.raw("token"), StandardCharsets.UTF_8));
    }

    /** The same words whether or not anything matched (no account enumeration), shown by GET after the redirect. */
    private static void accepted(Context ctx, String path) {
        WebSession.of(ctx).put(ACCEPTED, path);
        Redirects.seeOther(ctx, path);
    }

    private static boolean tookAccepted(Context ctx, String path) {
        WebSession session = WebSession.of(ctx);
        if (!session.get(ACCEPTED).filter(path::equals).isPresent()) {
            return false;
        }
        session.remove(ACCEPTED);
        return true;
    }

    private void renderLinkInvalid(Context ctx) {
        views.render(ctx, "account/reset-invalid.jte", "resetPassword.title", Map.of());
    }
}
