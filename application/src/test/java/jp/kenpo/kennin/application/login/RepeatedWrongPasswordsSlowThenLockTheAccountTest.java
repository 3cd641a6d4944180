package jp.kenpo.kennin.application.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInCommand;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInResult;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.account.Account;
import org.junit.jupiter.api.Test;

/** Per account: slow after 3 failures (5 s), lock after 10 within 30 minutes. */
class RepeatedWrongPasswordsSlowThenLockTheAccountTest {
    private final Omron omron = new Omron();
    private final InMemorySystem system = omron.system;
    private final Account taro = system.register(omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);

    private LogInResult logIn(String password, String from) {
        return system.logIn.logIn(new LogInCommand(Omron.TARO_USER_ID, password, new ClientAddress(from)));
    }

    /** Wrong passwords from ever new addresses, 10 s apart, so only the account's limit applies. */
    private void wrongPasswords(int count) {
        for (int i = 0; i < count; i++) {
            assertThat(logIn("Wrong2025!", "198.51.100." + i)).isEqualTo(new LogInResult.BadCredentials());
            system.clock.advance(Duration.ofSeconds(10));
        }
    }

    @Test
    void afterThreeFailuresEvenTheRightPasswordWaitsFiveSeconds() {
        for (int i = 0; i < 3; i++) {
            logIn("Wrong2025!", "203.0.113.9");
        }
        Instant last = system.clock.instant();

        assertThat(logIn(Omron.TARO_PASSWORD, "203.0.113.9")).isEqualTo(new LogInResult.Throttled(last.plusSeconds(5), false));
        assertThat(system.audit.last().action()).isEqualTo(AuditAction.LOGIN_THROTTLED);

        system.clock.advance(Duration.ofSeconds(5));
        assertThat(logIn(Omron.TARO_PASSWORD, "203.0.113.9")).isInstanceOf(LogInResult.LoggedIn.class);
    }

    @Test
    void tenFailuresLockTheAccountForThirtyMinutesFromEveryAddress() {
        Instant first = system.clock.instant();
        wrongPasswords(10);

        assertThat(logIn(Omron.TARO_PASSWORD, "192.0.2.1")).isEqualTo(new LogInResult.Throttled(first.plus(Duration.ofMinutes(30)), true));

        system.clock.set(first.plus(Duration.ofMinutes(30)));
        assertThat(logIn(Omron.TARO_PASSWORD, "192.0.2.1")).isInstanceOf(LogInResult.LoggedIn.class);
    }

    @Test
    void aSuccessfulLoginForgetsTheAccountsFailures() {
        wrongPasswords(2);
        logIn(Omron.TARO_PASSWORD, "192.0.2.1");
        logIn("Wrong2025!", "192.0.2.1");
        logIn("Wrong2025!", "192.0.2.1");

        assertThat(logIn(Omron.TARO_PASSWORD, "192.0.2.1")).isInstanceOf(LogInResult.LoggedIn.class);
    }
}
