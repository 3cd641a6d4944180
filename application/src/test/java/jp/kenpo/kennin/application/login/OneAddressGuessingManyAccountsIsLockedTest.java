package jp.kenpo.kennin.application.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInCommand;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Per client address: slow after 10 failures (2 s), lock after 50 within 15 minutes. */
class OneAddressGuessingManyAccountsIsLockedTest {
    private static final ClientAddress GUESSER = new ClientAddress("198.51.100.66");
    private final Omron omron = new Omron();
    private final InMemorySystem system = omron.system;

    @BeforeEach
    void taroHasAnAccount() {
        system.register(omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);
    }

    private void guess(int i) {
        system.logIn.logIn(new LogInCommand("guess" + i + "@example", "Guess2025!", GUESSER));
    }

    private LogInResult taroFrom(ClientAddress address) {
        return system.logIn.logIn(new LogInCommand(Omron.TARO_USER_ID, Omron.TARO_PASSWORD, address));
    }

    @Test
    void tenFailuresSlowTheAddressByTwoSeconds() {
        for (int i = 0; i < 10; i++) {
            guess(i);
        }
        assertThat(taroFrom(GUESSER)).isEqualTo(new LogInResult.Throttled(system.clock.instant().plusSeconds(2), false));
    }

    @Test
    void fiftyFailuresLockTheAddressButNotTheMembersOwnLogin() {
        Instant first = system.clock.instant();
        for (int i = 0; i < 50; i++) {
            guess(i);
            system.clock.advance(Duration.ofSeconds(2));
        }

        assertThat(taroFrom(GUESSER)).isEqualTo(new LogInResult.Throttled(first.plus(Duration.ofMinutes(15)), true));
        assertThat(taroFrom(new ClientAddress("203.0.113.9"))).isInstanceOf(LogInResult.LoggedIn.class);
    }
}
