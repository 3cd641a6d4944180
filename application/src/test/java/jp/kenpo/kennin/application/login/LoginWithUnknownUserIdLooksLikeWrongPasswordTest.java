package jp.kenpo.kennin.application.login;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInCommand;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInResult;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.audit.AuditAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoginWithUnknownUserIdLooksLikeWrongPasswordTest {
    private static final ClientAddress FROM = new ClientAddress("203.0.113.9");
    private final Omron omron = new Omron();
    private final InMemorySystem system = omron.system;
    private final Account taro = system.register(omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);

    @ParameterizedTest
    @ValueSource(strings = {"nobody.here", "", "   "})
    void anUnknownIdGetsTheWrongPasswordAnswerAfterTheSameWork(String userId) {
        LogInResult result = system.logIn.logIn(new LogInCommand(userId, Omron.TARO_PASSWORD, FROM));

        assertThat(result).isEqualTo(new LogInResult.BadCredentials());
        assertThat(system.passwordHasher.dummyVerifications()).isEqualTo(1);
        assertThat(system.failures.count("login:addr:203.0.113.9")).isEqualTo(1);
        assertThat(system.audit.last().action()).isEqualTo(AuditAction.LOGIN_FAILED);
    }

    @Test
    void aWrongPasswordCountsAgainstTheAccountAndTheAddress() {
        LogInResult result = system.logIn.logIn(new LogInCommand(Omron.TARO_USER_ID, "Wrong2025!", FROM));

        assertThat(result).isEqualTo(new LogInResult.BadCredentials());
        assertThat(system.failures.count("login:account:" + taro.id().value())).isEqualTo(1);
        assertThat(system.failures.count("login:addr:203.0.113.9")).isEqualTo(1);
        assertThat(system.audit.last().action()).isEqualTo(AuditAction.LOGIN_FAILED);
        assertThat(system.audit.last().accountId()).contains(taro.id().value());
    }

    @Test
    void theUserIdIsFoundInAnyCaseAndWidth() {
        assertThat(system.logIn.logIn(new LogInCommand("ＴＡＲＯ．ＹＡＭＡＤＡ", Omron.TARO_PASSWORD, FROM)))
                .isEqualTo(new LogInResult.LoggedIn(taro.id(), false));
        assertThat(system.audit.last().action()).isEqualTo(AuditAction.LOGIN_SUCCEEDED);
    }
}
