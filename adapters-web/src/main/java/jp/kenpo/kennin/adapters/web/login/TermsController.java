package jp.kenpo.kennin.adapters.web.login;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.adapters.web.support.AccessGuard;
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.kit.Form;
import jp.kenpo.kennin.adapters.web.support.Paths;
import jp.kenpo.kennin.adapters.web.support.RefusedForms;
import jp.kenpo.kennin.adapters.web.kit.Redirects;
import jp.kenpo.kennin.adapters.web.support.Views;
import jp.kenpo.kennin.adapters.web.support.WebSession;
import jp.kenpo.kennin.application.login.AcceptTermsUseCase;
import jp.kenpo.kennin.application.login.AcceptTermsUseCase.AcceptTermsCommand;
import jp.kenpo.kennin.application.login.AcceptTermsUseCase.AcceptTermsResult;
import jp.kenpo.kennin.application.login.ShowTermsUseCase;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.terms.TermsOfUse;

/** 利用規約: shown after login until the member ticks 利用規約に同意する and presses 次へ. */
public final class TermsController {
    private final ShowTermsUseCase showTerms;
    private final AcceptTermsUseCase acceptTerms;
    private final Views views;
    private final ClientAddresses clients;

    public TermsController(ShowTermsUseCase showTerms, AcceptTermsUseCase acceptTerms, Views views, ClientAddresses clients) {
        this.showTerms = showTerms;
        this.acceptTerms = acceptTerms;
        this.views = views;
        this.clients = clients;
    }

    public void show(Context ctx) {
        render(ctx, RefusedForms.take(ctx, Paths.TERMS, views), AccessGuard.account(ctx));
    }

    public void accept(Context ctx) {
        AccountId account = AccessGuard.account(ctx);
        Form form = views.read(ctx, "version", "agreed");
        int version;
        try {
            version = Integer.parseInt(form.raw("version"));
        } catch (NumberFormatException e) {
            RefusedForms.backTo(ctx, Paths.TERMS, form.reject("termsPage.outdated"));
            return;
        }
        boolean agreed = !form.raw("agreed").isEmpty();
        AcceptTermsResult result = acceptTerms.acceptTerms(new AcceptTermsCommand(account, version, agreed, clients.of(ctx)));
        if (result instanceof AcceptTermsResult.Accepted) {
            WebSession session = WebSession.of(ctx);
            session.setMustAcceptTerms(false);
            session.rotate(); // the session just gained access to personal data
            Redirects.seeOther(ctx, Paths.HOME);
        } else if (result instanceof AcceptTermsResult.NotAgreed) {
            RefusedForms.backTo(ctx, Paths.TERMS, form.rejectField("agreed", "termsPage.notAgreed"));
        } else {
            RefusedForms.backTo(ctx, Paths.TERMS, form.reject("termsPage.outdated"));
        }
    }

    private void render(Context ctx, Form form, AccountId account) {
        Optional<TermsOfUse> terms = showTerms.currentTerms(account);
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("terms", terms.orElse(null));
        views.render(ctx, "login/terms.jte", "termsPage.title", model);
    }
}
