package jp.kenpo.kennin.adapters.web.login;

import java.util.Optional;
import jp.kenpo.kennin.adapters.web.support.Languages;
import jp.kenpo.kennin.application.account.ChooseLanguageUseCase;
import jp.kenpo.kennin.application.account.ChooseLanguageUseCase.ChooseLanguageCommand;
import jp.kenpo.kennin.domain.account.Language;
import io.javalin.http.Context;
import java.util.Map;
import jp.kenpo.kennin.adapters.web.support.AccountSessions;
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.kit.CommandValidator;
import jp.kenpo.kennin.adapters.web.support.DisplayFormats;
import jp.kenpo.kennin.adapters.web.kit.Flash;
import jp.kenpo.kennin.adapters.web.kit.Form;
import jp.kenpo.kennin.adapters.web.support.Paths;
import jp.kenpo.kennin.adapters.web.support.RefusedForms;
import jp.kenpo.kennin.adapters.web.kit.Redirects;
import jp.kenpo.kennin.adapters.web.support.Views;
import jp.kenpo.kennin.adapters.web.support.WebSession;
import jp.kenpo.kennin.application.login.LogInUseCase;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInCommand;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInResult;
import jp.kenpo.kennin.application.login.LogOutUseCase;

/** ログイン and ログアウト. */
public final class LoginController {
    private final LogInUseCase logIn;
    private final LogOutUseCase logOut;
    private final Views views;
    private final CommandValidator validator;
    private final ClientAddresses clients;
    private final DisplayFormats formats;
    private final AccountSessions sessions;
    private final Languages languages;
    private final ChooseLanguageUseCase chooseLanguage;

    public LoginController(LogInUseCase logIn, LogOutUseCase logOut, Views views, CommandValidator validator,
                           ClientAddresses clients, DisplayFormats formats, AccountSessions sessions, Languages languages,
                           ChooseLanguageUseCase chooseLanguage) {
        this.languages = languages;
        this.chooseLanguage = chooseLanguage;
        this.logIn = logIn;
        this.logOut = logOut;
        this.views = views;
        this.validator = validator;
        this.clients = clients;
        this.formats = formats;
        this.sessions = sessions;
    }

    /** Session key: the refused login was an account whose registration expired (the page then offers to sign up again). */
    private static final String REGISTRATION_EXPIRED = "login.registrationExpired";

    public void showLogin(Context ctx) {
        WebSession session = WebSession.of(ctx);
        boolean registrationExpired = session.get(REGISTRATION_EXPIRED).isPresent();
        if (registrationExpired) {
            session.remove(REGISTRATION_EXPIRED);
        }
        render(ctx, RefusedForms.take(ctx, Paths.LOGIN, views), registrationExpired);
    }

    public void logIn(Context ctx) {
        Form form = views.read(ctx, "userId", "password");
        LogInCommand command = new LogInCommand(form.raw("userId"), form.raw("password"), clients.of(ctx));
        form.forget("password");
        if (!validator.check(command, form)) {
            RefusedForms.backTo(ctx, Paths.LOGIN, form);
            return;
        }
        LogInResult result = logIn.logIn(command);
        if (result instanceof LogInResult.LoggedIn loggedIn) {
            Optional<Language> chosenBefore = Languages.chosenIn(WebSession.of(ctx));
            sessions.logIn(ctx, loggedIn.account(), loggedIn.mustAcceptTerms());
            followLanguage(ctx, loggedIn, chosenBefore);
            Redirects.seeOther(ctx, loggedIn.mustAcceptTerms() ? Paths.TERMS : Paths.HOME);
        } else if (result instanceof LogInResult.Throttled throttled) {
            form.reject(throttled.locked() ? "login.locked" : "login.throttled", formats.until(throttled.retryAt()));
            RefusedForms.backTo(ctx, Paths.LOGIN, form);
        } else if (result instanceof LogInResult.RegistrationExpired) {
            WebSession.of(ctx).put(REGISTRATION_EXPIRED, "yes");
            RefusedForms.backTo(ctx, Paths.LOGIN, form.reject("login.registrationExpired"));
        } else {
            // Unknown ID and wrong password get the same words, so nobody learns which IDs exist.
            RefusedForms.backTo(ctx, Paths.LOGIN, form.reject("login.badCredentials"));
        }
    }

    /**
     * The account's language becomes the session's. A language the member chose on this visit
     * before logging in (on the login page) is the newer choice: it stays and is kept on the account.
     */
    private void followLanguage(Context ctx, LogInResult.LoggedIn loggedIn, Optional<Language> chosenBefore) {
        if (chosenBefore.isPresent()) {
            if (!loggedIn.language().equals(chosenBefore)) {
                chooseLanguage.chooseLanguage(new ChooseLanguageCommand(loggedIn.account(), chosenBefore.get()));
            }
            return;
        }
        loggedIn.language().ifPresent(language -> languages.chosen(ctx, language));
    }

    public void logOut(Context ctx) {
        WebSession session = WebSession.of(ctx);
        session.account().ifPresent(account -> logOut.logOut(account, clients.of(ctx)));
        Optional<Language> language = Languages.chosenIn(session);
        session.invalidate();
        WebSession.of(ctx).flash(Flash.info("login.loggedOut"));
        // The login page after logging out stays in the language the member was reading.
        language.ifPresent(l -> languages.chosen(ctx, l));
        Redirects.seeOther(ctx, Paths.LOGIN);
    }

    private void render(Context ctx, Form form, boolean registrationExpired) {
        views.render(ctx, "login/login.jte", "login.title", Map.of("form", form, "registrationExpired", registrationExpired));
    }
}
