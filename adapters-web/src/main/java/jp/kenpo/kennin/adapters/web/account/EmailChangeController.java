package jp.kenpo.kennin.adapters.web.account;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.adapters.web.support.AccessGuard;
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.support.DisplayFormats;
import jp.kenpo.kennin.adapters.web.kit.CommandValidator;
import jp.kenpo.kennin.adapters.web.kit.Flash;
import jp.kenpo.kennin.adapters.web.kit.Form;
import jp.kenpo.kennin.adapters.web.support.Paths;
import jp.kenpo.kennin.adapters.web.support.RefusedForms;
import jp.kenpo.kennin.adapters.web.kit.Redirects;
import jp.kenpo.kennin.adapters.web.support.Views;
import jp.kenpo.kennin.adapters.web.support.WebSession;
import jp.kenpo.kennin.application.account.ConfirmEmailChangeUseCase;
import jp.kenpo.kennin.application.account.ConfirmEmailChangeUseCase.ConfirmEmailChangeCommand;
import jp.kenpo.kennin.application.account.ConfirmEmailChangeUseCase.ConfirmEmailChangeResult;
import jp.kenpo.kennin.application.account.RequestEmailChangeUseCase;
import jp.kenpo.kennin.application.account.RequestEmailChangeUseCase.RequestEmailChangeCommand;
import jp.kenpo.kennin.application.account.RequestEmailChangeUseCase.RequestEmailChangeResult;

/** メールアドレスの変更: the new address twice, then the code mailed to it. */
public final class EmailChangeController {
    public static final String EMAIL = "/account/email";
    public static final String CONFIRM = "/account/email/confirm";
    private static final String PENDING = "kennin.emailChange";

    private final RequestEmailChangeUseCase requestChange;
    private final ConfirmEmailChangeUseCase confirmChange;
    private final Views views;
    private final CommandValidator validator;
    private final ClientAddresses clients;
    private final DisplayFormats formats;

    public EmailChangeController(RequestEmailChangeUseCase requestChange, ConfirmEmailChangeUseCase confirmChange, Views views,
                                 CommandValidator validator, ClientAddresses clients, DisplayFormats formats) {
        this.requestChange = requestChange;
        this.confirmChange = confirmChange;
        this.views = views;
        this.validator = validator;
        this.clients = clients;
        this.formats = formats;
    }

    public void show(Context ctx) {
        renderRequest(ctx, RefusedForms.take(ctx, EMAIL, views));
    }

    public void request(Context ctx) {
        Form form = views.read(ctx, "newEmail", "newEmailConfirmation", "currentPassword");
        RequestEmailChangeCommand command = new RequestEmailChangeCommand(AccessGuard.account(ctx), form.raw("newEmail"),
                form.raw("newEmailConfirmation"), form.raw("currentPassword"), clients.of(ctx));
        form.forget("currentPassword");
        if (command.currentPassword().isEmpty()) {
            RefusedForms.backTo(ctx, EMAIL, form.rejectField("currentPassword", "emailChange.currentPassword.required"));
            return;
        }
        if (!validator.check(command, form)) {
            RefusedForms.backTo(ctx, EMAIL, form);
            return;
        }
        RequestEmailChangeResult result = requestChange.requestEmailChange(command);
        if (result instanceof RequestEmailChangeResult.CodeSent sent) {
            WebSession.of(ctx).put(PENDING, sent.maskedNewEmail());
            Redirects.seeOther(ctx, CONFIRM);
        } else if (result instanceof RequestEmailChangeResult.Invalid invalid) {
            // The code names the rule; a mismatch is about the second field, everything else the first.
            String field = invalid.code().contains("confirmation") ? "newEmailConfirmation" : "newEmail";
            RefusedForms.backTo(ctx, EMAIL, form.rejectField(field, invalid.code()));
        } else if (result instanceof RequestEmailChangeResult.WrongPassword) {
            RefusedForms.backTo(ctx, EMAIL, form.rejectField("currentPassword", "emailChange.wrongPassword"));
        } else if (result instanceof RequestEmailChangeResult.Throttled throttled) {
            RefusedForms.backTo(ctx, EMAIL, form.reject("emailChange.throttled", formats.until(throttled.retryAt())));
        } else if (result instanceof RequestEmailChangeResult.CoolingDown cooling) {
            RefusedForms.backTo(ctx, EMAIL, form.reject("emailChange.coolingDown", cooling.secondsLeft()));
        } else {
            RefusedForms.backTo(ctx, EMAIL, form.reject("emailChange.mailFailed"));
        }
    }

    public void showConfirm(Context ctx) {
        pendingOrBack(ctx).ifPresent(masked -> renderConfirm(ctx, RefusedForms.take(ctx, CONFIRM, views), masked));
    }

    public void confirm(Context ctx) {
        Optional<String> pending = pendingOrBack(ctx);
        if (pending.isEmpty()) {
            return;
        }
        Form form = views.read(ctx, "code");
        ConfirmEmailChangeCommand command = new ConfirmEmailChangeCommand(AccessGuard.account(ctx), form.raw("code"),
                clients.of(ctx));
        form.forget("code");
        if (!validator.check(command, form)) {
            RefusedForms.backTo(ctx, CONFIRM, form);
            return;
        }
        ConfirmEmailChangeResult result = confirmChange.confirmEmailChange(command);
        if (result instanceof ConfirmEmailChangeResult.Changed changed) {
            WebSession session = WebSession.of(ctx);
            session.remove(PENDING);
            session.flash(Flash.info("emailChange.done", changed.maskedNewEmail()));
            Redirects.seeOther(ctx, Paths.HOME);
        } else if (result instanceof ConfirmEmailChangeResult.WrongCode wrong) {
            RefusedForms.backTo(ctx, CONFIRM, form.rejectField("code", "emailChange.wrongCode", wrong.remainingTries()));
        } else if (result instanceof ConfirmEmailChangeResult.Malformed) {
            RefusedForms.backTo(ctx, CONFIRM, form.rejectField("code", "emailChange.malformed"));
        } else if (result instanceof ConfirmEmailChangeResult.TooManyTries) {
            startOver(ctx, "emailChange.tooManyTries");
        } else if (result instanceof ConfirmEmailChangeResult.Expired) {
            startOver(ctx, "emailChange.expired");
        } else {
            startOver(ctx, "emailChange.nothingPending");
        }
    }

    private Optional<String> pendingOrBack(Context ctx) {
        Optional<String> pending = WebSession.of(ctx).get(PENDING);
        if (pending.isEmpty()) {
            Redirects.seeOther(ctx, EMAIL);
        }
        return pending;
    }

    /** The code is void: the member asks for a new one from the first step. */
    private void startOver(Context ctx, String messageKey) {
        WebSession session = WebSession.of(ctx);
        session.remove(PENDING);
        session.flash(Flash.error(messageKey));
        Redirects.seeOther(ctx, EMAIL);
    }

    private void renderRequest(Context ctx, Form form) {
        views.render(ctx, "account/email.jte", "emailChange.title", Map.of("form", form));
    }

    private void renderConfirm(Context ctx, Form form, String maskedNewEmail) {
        views.render(ctx, "account/email-confirm.jte", "emailChange.confirm.title",
                Map.of("form", form, "maskedNewEmail", maskedNewEmail));
    }
}
