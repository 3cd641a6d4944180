package jp.kenpo.kennin.adapters.web.registration;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.kit.CommandValidator;
import jp.kenpo.kennin.adapters.web.support.CredentialViolations;
import jp.kenpo.kennin.adapters.web.support.DisplayFormats;
import jp.kenpo.kennin.adapters.web.kit.Flash;
import jp.kenpo.kennin.adapters.web.kit.Form;
import jp.kenpo.kennin.adapters.web.support.PasswordHint;
import jp.kenpo.kennin.adapters.web.support.RefusedForms;
import jp.kenpo.kennin.adapters.web.kit.Redirects;
import jp.kenpo.kennin.adapters.web.support.Views;
import jp.kenpo.kennin.adapters.web.support.WebSession;
import jp.kenpo.kennin.application.registration.ChooseCredentialsUseCase;
import jp.kenpo.kennin.application.registration.ChooseCredentialsUseCase.ChooseCredentialsCommand;
import jp.kenpo.kennin.application.registration.ChooseCredentialsUseCase.ChooseCredentialsResult;
import jp.kenpo.kennin.application.registration.ConfirmRegistrationUseCase;
import jp.kenpo.kennin.application.registration.ConfirmRegistrationUseCase.ConfirmRegistrationCommand;
import jp.kenpo.kennin.application.registration.ConfirmRegistrationUseCase.ConfirmRegistrationResult;
import jp.kenpo.kennin.application.registration.IdentifyMemberUseCase;
import jp.kenpo.kennin.application.registration.IdentifyMemberUseCase.IdentifyMemberCommand;
import jp.kenpo.kennin.application.registration.IdentifyMemberUseCase.IdentifyMemberResult;
import jp.kenpo.kennin.application.registration.ResendRegistrationCodeUseCase;
import jp.kenpo.kennin.application.registration.ResendRegistrationCodeUseCase.ResendCodeResult;
import jp.kenpo.kennin.application.registration.ResendRegistrationCodeUseCase.ResendRegistrationCodeCommand;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.text.DateProblem;

/**
 * 初回認証: identify the member, choose user ID and password, confirm the mailed code.
 *
 * <p>Post/redirect/get: every POST ends in a 303 to a GET page, a refused form travelling in the
 * session ({@link RefusedForms}), except a refused identification, which is shown at the POST
 * address: its form holds the card and birth date someone typed, and an anonymous visitor's wrong
 * guesses are not kept in the session store.
 */
public final class RegistrationController {
    public static final String SIGNUP = "/signup";
    public static final String CREDENTIALS = "/signup/credentials";
    public static final String CODE = "/signup/code";
    public static final String RESEND = "/signup/code/resend";
    private static final String STATE = "kennin.signup";
    /** What the last confirmation ended in ({@link #REGISTERED} or {@link #ALREADY}), so a reload of its page shows it again. */
    private static final String DONE = "kennin.signup.done";
    private static final String REGISTERED = "registered";
    private static final String ALREADY = "already";

    private final IdentifyMemberUseCase identifyMember;
    private final ChooseCredentialsUseCase chooseCredentials;
    private final ConfirmRegistrationUseCase confirmRegistration;
    private final ResendRegistrationCodeUseCase resendCode;
    private final Views views;
    private final CommandValidator validator;
    private final ClientAddresses clients;
    private final DisplayFormats formats;

    public RegistrationController(IdentifyMemberUseCase identifyMember, ChooseCredentialsUseCase chooseCredentials,
                                  ConfirmRegistrationUseCase confirmRegistration, ResendRegistrationCodeUseCase resendCode,
                                  Views views, CommandValidator validator, ClientAddresses clients, DisplayFormats formats) {
        this.identifyMember = identifyMember;
        this.chooseCredentials = chooseCredentials;
        this.confirmRegistration = confirmRegistration;
        this.resendCode = resendCode;
        this.views = views;
        this.validator = validator;
        this.clients = clients;
        this.formats = formats;
    }

    public void showIdentify(Context ctx) {
        if (WebSession.of(ctx).get(DONE).isPresent()) {
            WebSession.of(ctx).remove(DONE);
        }
        renderIdentify(ctx, views.emptyForm());
    }

    public void identify(Context ctx) {
        Form form = views.read(ctx, "insurerCode", "symbol", "number", "birthDate", "kanaName");
        IdentifyMemberCommand command = new IdentifyMemberCommand(form.raw("insurerCode"), form.raw("symbol"),
                form.raw("number"), form.raw("birthDate"), form.raw("kanaName"), clients.of(ctx));
        if (!validator.check(command, form)) {
            renderIdentify(ctx, form);
            return;
        }
        IdentifyMemberResult result = identifyMember.identifyMember(command);
        if (result instanceof IdentifyMemberResult.Identified identified) {
            WebSession session = WebSession.of(ctx);
            // Proving who you are raises what this session may do: give it a new id.
            session.rotate();
            session.remove(DONE);
            session.put(STATE, SignupState.identified(identified.member().value(), identified.maskedEmail(),
                    PasswordHint.of(identified.credentialPolicy())).encode());
            Redirects.seeOther(ctx, CREDENTIALS);
        } else if (result instanceof IdentifyMemberResult.BirthDateUnreadable unreadable) {
            // About the typing alone, so it may be said at the field: it tells nothing about any member.
            form.rejectField("birthDate", birthDateMessage(unreadable.problem()));
            renderIdentify(ctx, form);
        } else if (result instanceof IdentifyMemberResult.Throttled throttled) {
            form.reject("signup.throttled", formats.until(throttled.retryAt()));
            renderIdentify(ctx, form);
        } else {
            form.reject("signup.notMatched");
            renderIdentify(ctx, form);
        }
    }

    public void showCredentials(Context ctx) {
        Optional<SignupState> state = identifiedOrRestart(ctx);
        state.ifPresent(s -> renderCredentials(ctx, RefusedForms.take(ctx, CREDENTIALS, views), s));
    }

    public void chooseCredentials(Context ctx) {
        Optional<SignupState> found = identifiedOrRestart(ctx);
        if (found.isEmpty()) {
            return;
        }
        SignupState state = found.get();
        Form form = views.read(ctx, "userId", "password", "passwordConfirmation");
        ChooseCredentialsCommand command = new ChooseCredentialsCommand(new MemberId(state.memberId()), form.raw("userId"),
                form.raw("password"), form.raw("passwordConfirmation"), clients.of(ctx), views.language(ctx));
        form.forget("password", "passwordConfirmation");
        if (!validator.check(command, form)) {
            RefusedForms.backTo(ctx, CREDENTIALS, form);
            return;
        }
        ChooseCredentialsResult result = chooseCredentials.chooseCredentials(command);
        if (result instanceof ChooseCredentialsResult.CodeSent sent) {
            save(ctx, state.withCode(sent.maskedEmail(), sent.senderAddress(), sent.validMinutes()));
            Redirects.seeOther(ctx, CODE);
        } else if (result instanceof ChooseCredentialsResult.Rejected rejected) {
            CredentialViolations.showOn(form, rejected.violations());
            RefusedForms.backTo(ctx, CREDENTIALS, form);
        } else if (result instanceof ChooseCredentialsResult.MailFailed) {
            form.reject("signup.mailFailed");
            RefusedForms.backTo(ctx, CREDENTIALS, form);
        } else if (result instanceof ChooseCredentialsResult.CoolingDown cooling) {
            form.reject("signupCode.coolingDown", cooling.secondsLeft());
            RefusedForms.backTo(ctx, CREDENTIALS, form);
        } else if (result instanceof ChooseCredentialsResult.DailyLimitReached) {
            form.reject("signupCode.dailyLimit");
            RefusedForms.backTo(ctx, CREDENTIALS, form);
        } else if (result instanceof ChooseCredentialsResult.Locked) {
            form.reject("signupCode.locked");
            RefusedForms.backTo(ctx, CREDENTIALS, form);
        } else {
            restart(ctx);
        }
    }

    public void showCode(Context ctx) {
        Optional<String> done = WebSession.of(ctx).get(DONE);
        if (done.isPresent()) {
            renderDone(ctx, done.get());
            return;
        }
        codeSentOrBack(ctx).ifPresent(state -> renderCode(ctx, RefusedForms.take(ctx, CODE, views), state));
    }

    public void confirmCode(Context ctx) {
        Optional<SignupState> found = codeSentOrBack(ctx);
        if (found.isEmpty()) {
            return;
        }
        SignupState state = found.get();
        Form form = views.read(ctx, "code");
        ConfirmRegistrationCommand command = new ConfirmRegistrationCommand(new MemberId(state.memberId()), form.raw("code"),
                clients.of(ctx));
        form.forget("code");
        if (!validator.check(command, form)) {
            RefusedForms.backTo(ctx, CODE, form);
            return;
        }
        ConfirmRegistrationResult result = confirmRegistration.confirmRegistration(command);
        if (result instanceof ConfirmRegistrationResult.Registered) {
            done(ctx, REGISTERED);
        } else if (result instanceof ConfirmRegistrationResult.WrongCode wrong) {
            form.rejectField("code", "signupCode.wrong", wrong.remainingTries());
            RefusedForms.backTo(ctx, CODE, form);
        } else if (result instanceof ConfirmRegistrationResult.Malformed) {
            form.rejectField("code", "signupCode.malformed");
            RefusedForms.backTo(ctx, CODE, form);
        } else if (result instanceof ConfirmRegistrationResult.TooManyTries) {
            form.reject("signupCode.tooManyTries");
            RefusedForms.backTo(ctx, CODE, form);
        } else if (result instanceof ConfirmRegistrationResult.Expired) {
            form.reject("signupCode.expired");
            RefusedForms.backTo(ctx, CODE, form);
        } else if (result instanceof ConfirmRegistrationResult.Locked) {
            form.reject("signupCode.locked");
            RefusedForms.backTo(ctx, CODE, form);
        } else if (result instanceof ConfirmRegistrationResult.AlreadyRegistered) {
            done(ctx, ALREADY);
        } else if (result instanceof ConfirmRegistrationResult.UserIdTaken) {
            backToCredentials(ctx, state, "signupCode.userIdTaken");
        } else {
            backToCredentials(ctx, state, "signupCode.nothingPending");
        }
    }

    public void resendCode(Context ctx) {
        Optional<SignupState> found = codeSentOrBack(ctx);
        if (found.isEmpty()) {
            return;
        }
        SignupState state = found.get();
        ResendCodeResult result = resendCode.resendRegistrationCode(
                new ResendRegistrationCodeCommand(new MemberId(state.memberId()), clients.of(ctx), views.language(ctx)));
        if (result instanceof ResendCodeResult.Resent resent) {
            save(ctx, state.withMaskedEmail(resent.maskedEmail()));
            WebSession.of(ctx).flash(Flash.info("signupCode.resent"));
            Redirects.seeOther(ctx, CODE);
        } else if (result instanceof ResendCodeResult.CoolingDown cooling) {
            backToCode(ctx, Flash.error("signupCode.coolingDown", cooling.secondsLeft()));
        } else if (result instanceof ResendCodeResult.MailFailed) {
            backToCode(ctx, Flash.error("signup.mailFailed"));
        } else if (result instanceof ResendCodeResult.DailyLimitReached) {
            backToCode(ctx, Flash.error("signupCode.dailyLimit"));
        } else if (result instanceof ResendCodeResult.Locked) {
            backToCode(ctx, Flash.error("signupCode.locked"));
        } else {
            backToCredentials(ctx, state, "signupCode.nothingPending");
        }
    }

    private static String birthDateMessage(DateProblem problem) {
        return switch (problem) {
            case UNREADABLE -> "signup.birthDate.unreadable";
            case NO_SUCH_DAY -> "signup.birthDate.noSuchDay";
            case OUTSIDE_ERA -> "signup.birthDate.outsideEra";
        };
    }

    /** Nothing was typed on the resend form, so its refusals travel as a flash message (post/redirect/get). */
    private static void backToCode(Context ctx, Flash flash) {
        WebSession.of(ctx).flash(flash);
        Redirects.seeOther(ctx, CODE);
    }

    /** The sign-up is over: its page comes by GET (post/redirect/get), at the code page's address. */
    private static void done(Context ctx, String how) {
        WebSession session = WebSession.of(ctx);
        session.remove(STATE);
        session.put(DONE, how);
        Redirects.seeOther(ctx, CODE);
    }

    private void renderDone(Context ctx, String how) {
        if (ALREADY.equals(how)) {
            views.render(ctx, "signup/already-registered.jte", "signupAlreadyRegistered.title", Map.of());
        } else {
            views.render(ctx, "signup/complete.jte", "signupComplete.title", Map.of());
        }
    }

    private void renderIdentify(Context ctx, Form form) {
        views.render(ctx, "signup/identify.jte", "signup.title", Map.of("form", form));
    }

    private void renderCredentials(Context ctx, Form form, SignupState state) {
        views.render(ctx, "signup/credentials.jte", "chooseCredentials.title",
                Map.of("form", form, "maskedEmail", state.maskedEmail(), "passwordHint", state.passwordHint()));
    }

    private void renderCode(Context ctx, Form form, SignupState state) {
        views.render(ctx, "signup/code.jte", "signupCode.title", Map.of("form", form, "maskedEmail", state.maskedEmail(),
                "senderAddress", state.senderAddress(), "senderDomain", state.senderDomain(),
                "validMinutes", state.validMinutes()));
    }

    private Optional<SignupState> identifiedOrRestart(Context ctx) {
        Optional<SignupState> state = WebSession.of(ctx).get(STATE).flatMap(SignupState::decode);
        if (state.isEmpty()) {
            restart(ctx);
        }
        return state;
    }

    private Optional<SignupState> codeSentOrBack(Context ctx) {
        Optional<SignupState> state = identifiedOrRestart(ctx);
        if (state.isPresent() && !state.get().codeSent()) {
            Redirects.seeOther(ctx, CREDENTIALS);
            return Optional.empty();
        }
        return state;
    }

    private void backToCredentials(Context ctx, SignupState state, String messageKey) {
        save(ctx, state.withoutCode());
        WebSession.of(ctx).flash(Flash.error(messageKey));
        Redirects.seeOther(ctx, CREDENTIALS);
    }

    /** The session expired or never identified anyone (or the member vanished): start at 初回認証. */
    private void restart(Context ctx) {
        WebSession session = WebSession.of(ctx);
        session.remove(STATE);
        session.flash(Flash.error("signup.startOver"));
        Redirects.seeOther(ctx, SIGNUP);
    }

    private static void save(Context ctx, SignupState state) {
        WebSession.of(ctx).put(STATE, state.encode());
    }
}
