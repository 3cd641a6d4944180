package jp.kenpo.kennin.adapters.web.staff.signin;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.kit.Form;
import jp.kenpo.kennin.adapters.web.staff.StaffPages;
import jp.kenpo.kennin.adapters.web.staff.StaffRouteTable;
import jp.kenpo.kennin.adapters.web.staff.StaffViews;
import jp.kenpo.kennin.application.staff.CompleteStaffEnrolmentUseCase;
import jp.kenpo.kennin.application.staff.CompleteStaffEnrolmentUseCase.CompleteStaffEnrolmentCommand;
import jp.kenpo.kennin.application.staff.CompleteStaffEnrolmentUseCase.CompleteStaffEnrolmentResult;
import jp.kenpo.kennin.application.staff.ShowStaffEnrolmentUseCase;
import jp.kenpo.kennin.application.staff.ShowStaffEnrolmentUseCase.ShowStaffEnrolmentResult;
import jp.kenpo.kennin.domain.credential.CredentialViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * /admin/enrol/{token}: behind the one-time link a new (or re-enrolled) staff member sees the QR
 * code and the secret, chooses a password and proves the authenticator works with one code; the
 * ten recovery codes are then shown this once. The secret comes from the link's enrolment, so a
 * reload or a rejected form shows the same one.
 */
public final class EnrolmentPages implements StaffPages {
    static final String PATH = "/admin/enrol/{token}";
    private static final Logger LOG = LoggerFactory.getLogger(EnrolmentPages.class);
    /** Longer than any link we issue: refused before a lookup. */
    private static final int MAX_TOKEN_LENGTH = 200;
    private static final String QR_LABEL = "qr-label";

    private final ShowStaffEnrolmentUseCase showEnrolment;
    private final CompleteStaffEnrolmentUseCase completeEnrolment;
    private final ClientAddresses clients;
    private StaffViews views;

    public EnrolmentPages(ShowStaffEnrolmentUseCase showEnrolment, CompleteStaffEnrolmentUseCase completeEnrolment,
                          ClientAddresses clients) {
        this.showEnrolment = showEnrolment;
        this.completeEnrolment = completeEnrolment;
        this.clients = clients;
    }

    @Override
    public void routes(StaffRouteTable table, StaffViews views) {
        this.views = views;
        table.getPublic(PATH, this::show);
        table.postPublic(PATH, this::complete);
    }

    private void show(Context ctx) {
        renderForm(ctx, ctx.pathParam("token"), views.emptyForm());
    }

    private void complete(Context ctx) {
        String token = ctx.pathParam("token");
        if (token.length() > MAX_TOKEN_LENGTH) {
            renderInvalid(ctx);
            return;
        }
        Form form = views.read(ctx, "password", "passwordAgain", "totpCode");
        CompleteStaffEnrolmentCommand command = new CompleteStaffEnrolmentCommand(token, form.raw("password"),
                form.raw("passwordAgain"), form.raw("totpCode"), clients.of(ctx));
        form.forget("password", "passwordAgain", "totpCode");
        CompleteStaffEnrolmentResult result;
        try {
            result = completeEnrolment.completeEnrolment(command);
        } catch (RejectedExecutionException e) {
            LOG.warn("Staff enrolment refused: {}", e.getMessage());
            ctx.status(503).header("Retry-After", "10");
            renderForm(ctx, token, form.reject("staffweb.busy"));
            return;
        }
        if (result instanceof CompleteStaffEnrolmentResult.Enrolled enrolled) {
            // Rendered here, not after a redirect: the codes exist nowhere else (the site sends no-store).
            views.render(ctx, "signin/enrolled.jte", "staffweb.enrolled.title", Map.of("codes", enrolled.recoveryCodes()));
        } else if (result instanceof CompleteStaffEnrolmentResult.PasswordRejected rejected) {
            for (CredentialViolation violation : rejected.violations()) {
                form.rejectField("password", violation.code(), violation.args().toArray());
            }
            renderForm(ctx, token, form);
        } else if (result instanceof CompleteStaffEnrolmentResult.PasswordsDiffer) {
            renderForm(ctx, token, form.rejectField("passwordAgain", "staffweb.enrol.passwordsDiffer"));
        } else if (result instanceof CompleteStaffEnrolmentResult.WrongCode) {
            renderForm(ctx, token, form.rejectField("totpCode", "staffweb.enrol.wrongCode"));
        } else {
            renderInvalid(ctx);
        }
    }

    private void renderForm(Context ctx, String token, Form form) {
        ShowStaffEnrolmentResult result = token.length() > MAX_TOKEN_LENGTH ? new ShowStaffEnrolmentResult.LinkInvalid()
                : showEnrolment.showEnrolment(token);
        if (!(result instanceof ShowStaffEnrolmentResult.Enrolment enrolment)) {
            renderInvalid(ctx);
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("token", token);
        model.put("login", enrolment.login().value());
        model.put("displayName", enrolment.displayName());
        model.put("secret", grouped(enrolment.totpSecret()));
        model.put("qrCode", QrCodeSvg.svg(enrolment.otpauthUri(), QR_LABEL));
        model.put("qrLabel", QR_LABEL);
        model.put("passwordMin", enrolment.policy().passwordMinLength());
        model.put("passwordMax", enrolment.policy().passwordMaxLength());
        views.render(ctx, "signin/enrol.jte", "staffweb.enrol.title", model);
    }

    private void renderInvalid(Context ctx) {
        views.render(ctx, "signin/enrol-invalid.jte", "staffweb.enrolInvalid.title", Map.of());
    }

    /** The secret in groups of four, as authenticator apps and password managers show it. */
    static String grouped(String secret) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < secret.length(); i += 4) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(secret, i, Math.min(secret.length(), i + 4));
        }
        return out.toString();
    }
}
