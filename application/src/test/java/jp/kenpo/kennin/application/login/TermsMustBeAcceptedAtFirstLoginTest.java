package jp.kenpo.kennin.application.login;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.insurer.PublishTermsUseCase.PublishTermsCommand;
import jp.kenpo.kennin.application.login.AcceptTermsUseCase.AcceptTermsCommand;
import jp.kenpo.kennin.application.login.AcceptTermsUseCase.AcceptTermsResult;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInCommand;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInResult;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.audit.AuditAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ※利用規約は初回ログイン時のみ表示 — and again whenever the insurer publishes a new version. */
class TermsMustBeAcceptedAtFirstLoginTest {
    private final Omron omron = new Omron();
    private final InMemorySystem system = omron.system;
    private final Account taro = system.register(omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);

    @BeforeEach
    void theInsurerHasPublishedTerms() {
        system.publishTerms.publishTerms(new PublishTermsCommand("omron", "第1条 本規約は…"));
    }

    private boolean mustAcceptTermsAtLogin() {
        LogInResult result = system.logIn.logIn(new LogInCommand(Omron.TARO_USER_ID, Omron.TARO_PASSWORD, ClientAddress.local()));
        return ((LogInResult.LoggedIn) result).mustAcceptTerms();
    }

    private AcceptTermsResult accept(int version, boolean ticked) {
        return system.acceptTerms.acceptTerms(new AcceptTermsCommand(taro.id(), version, ticked, ClientAddress.local()));
    }

    @Test
    void theFirstLoginShowsTheTermsUntilTheyAreAccepted() {
        assertThat(mustAcceptTermsAtLogin()).isTrue();
        assertThat(system.showTerms.currentTerms(taro.id())).hasValueSatisfying(t -> assertThat(t.version()).isEqualTo(1));

        assertThat(accept(1, true)).isEqualTo(new AcceptTermsResult.Accepted());

        assertThat(mustAcceptTermsAtLogin()).isFalse();
        assertThat(system.accounts.loadAccount(taro.id()).orElseThrow().acceptedTermsVersion()).isEqualTo(1);
        assertThat(system.audit.withAction(AuditAction.TERMS_ACCEPTED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("version=1"));
    }

    @Test
    void withoutTheTickNothingIsAccepted() {
        assertThat(accept(1, false)).isEqualTo(new AcceptTermsResult.NotAgreed());
        assertThat(mustAcceptTermsAtLogin()).isTrue();
    }

    @Test
    void termsRepublishedWhileTheMemberReadIsShownAgain() {
        system.publishTerms.publishTerms(new PublishTermsCommand("omron", "第1条 改訂版"));

        assertThat(accept(1, true)).isEqualTo(new AcceptTermsResult.VersionOutdated());
        assertThat(accept(2, true)).isEqualTo(new AcceptTermsResult.Accepted());
    }

    @Test
    void aNewVersionMustBeAcceptedAtTheNextLogin() {
        accept(1, true);
        system.publishTerms.publishTerms(new PublishTermsCommand("omron", "第1条 改訂版"));

        assertThat(mustAcceptTermsAtLogin()).isTrue();
    }
}
