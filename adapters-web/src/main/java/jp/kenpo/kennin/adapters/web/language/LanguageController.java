package jp.kenpo.kennin.adapters.web.language;

import io.javalin.http.Context;
import java.util.Optional;
import jp.kenpo.kennin.adapters.web.kit.Flash;
import jp.kenpo.kennin.adapters.web.kit.Redirects;
import jp.kenpo.kennin.adapters.web.support.LanguageSwitch;
import jp.kenpo.kennin.adapters.web.support.Languages;
import jp.kenpo.kennin.adapters.web.support.Paths;
import jp.kenpo.kennin.adapters.web.support.WebSession;
import jp.kenpo.kennin.application.account.ChooseLanguageUseCase;
import jp.kenpo.kennin.application.account.ChooseLanguageUseCase.ChooseLanguageCommand;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.account.Language;

/**
 * The language switch on every page: a form post (so it carries the CSRF token and works without
 * JavaScript) that keeps the choice in the session and, for a logged-in member, on the account,
 * then goes back to the page it was pressed on (303).
 */
public final class LanguageController {
    private final ChooseLanguageUseCase chooseLanguage;
    private final Languages languages;

    public LanguageController(ChooseLanguageUseCase chooseLanguage, Languages languages) {
        this.chooseLanguage = chooseLanguage;
        this.languages = languages;
    }

    public void choose(Context ctx) {
        WebSession session = WebSession.of(ctx);
        Optional<AccountId> account = session.account();
        // Anything but a page of this site goes to the start page instead (no open redirect).
        String back = LanguageSwitch.safeBack(ctx.formParam("back")).orElse(account.isPresent() ? Paths.HOME : Paths.LOGIN);
        Optional<Language> language = Language.ofCode(ctx.formParam("lang"));
        if (language.isEmpty()) {
            session.flash(Flash.error("language.unknown"));
            Redirects.seeOther(ctx, back);
            return;
        }
        languages.chosen(ctx, language.get());
        account.ifPresent(id -> chooseLanguage.chooseLanguage(new ChooseLanguageCommand(id, language.get())));
        Redirects.seeOther(ctx, back);
    }
}
