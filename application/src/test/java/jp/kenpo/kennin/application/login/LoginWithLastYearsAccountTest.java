package jp.kenpo.kennin.application.login;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInCommand;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInResult;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.credential.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 昨年のIDとパスワードはリセットされているため、初回ログイン画面からご登録をお願いします. */
class LoginWithLastYearsAccountTest {
    private final Omron omron = new Omron();
    private final InMemorySystem system = omron.system;

    @BeforeEach
    void taroRegisteredLastYear() {
        system.accounts.createAccount(omron.taro.id(), omron.insurer.code(), UserId.of(Omron.TARO_USER_ID),
                system.passwordHasher.hash(Omron.TARO_PASSWORD), 2024, system.clock.instant());
    }

    private LogInResult logIn(String password) {
        return system.logIn.logIn(new LogInCommand(Omron.TARO_USER_ID, password, ClientAddress.local()));
    }

    @Test
    void theRightPasswordIsToldToRegisterAgain() {
        assertThat(logIn(Omron.TARO_PASSWORD)).isEqualTo(new LogInResult.RegistrationExpired());
        assertThat(system.audit.actions()).containsExactly(AuditAction.LOGIN_REFUSED_EXPIRED_REGISTRATION);
    }

    @Test
    void aWrongPasswordLearnsNothingAboutTheOldAccount() {
        assertThat(logIn("Wrong2025!")).isEqualTo(new LogInResult.BadCredentials());
    }

    @Test
    void registeringAgainThisYearMakesTheSameIdWorkAgain() {
        system.register(omron.taro, Omron.TARO_USER_ID, "NewYear2025!");

        assertThat(logIn("NewYear2025!")).isInstanceOf(LogInResult.LoggedIn.class);
        assertThat(logIn(Omron.TARO_PASSWORD)).isEqualTo(new LogInResult.BadCredentials());
    }
}
