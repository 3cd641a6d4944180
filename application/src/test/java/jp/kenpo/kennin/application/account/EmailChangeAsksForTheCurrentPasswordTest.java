package jp.kenpo.kennin.application.account;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.account.RequestEmailChangeUseCase.RequestEmailChangeCommand;
import jp.kenpo.kennin.application.account.RequestEmailChangeUseCase.RequestEmailChangeResult;
import jp.kenpo.kennin.application.security.LoginFailureKeys;
import jp.kenpo.kennin.domain.account.Account;
import org.junit.jupiter.api.Test;

/** Someone at an unlocked screen (or with a stolen session) must not move the account's mail to their own address. */
class EmailChangeAsksForTheCurrentPasswordTest {
    private static final String NEW_ADDRESS = "taro.private@home.example.jp";
    private static final ClientAddress FROM = new ClientAddress("203.0.113.9");
    private final Omron omron = new Omron();
    private final InMemorySystem system = omron.system;
    private final Account taro = system.register(omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);
    private final int mailsAfterRegistration = system.mailer.sent().size();

    private RequestEmailChangeResult request(String password) {
        return system.requestEmailChange.requestEmailChange(new RequestEmailChangeCommand(taro.id(), NEW_ADDRESS, NEW_ADDRESS,
                password, FROM));
    }

    @Test
    void aWrongPasswordSendsNoCodeAndCountsAsAFailedLogin() {
        assertThat(request("Wrong2025!")).isEqualTo(new RequestEmailChangeResult.WrongPassword());

        assertThat(system.mailer.sent()).hasSize(mailsAfterRegistration);
        assertThat(system.pending.all()).isEmpty();
        assertThat(system.failures.count(LoginFailureKeys.account(taro.id()))).isEqualTo(1);
    }

    @Test
    void guessingThePasswordHereStopsLikeGuessingItAtTheLogin() {
        for (int i = 0; i < 10; i++) {
            request("Wrong2025!");
            system.clock.advance(java.time.Duration.ofSeconds(10));
        }

        assertThat(request(Omron.TARO_PASSWORD)).isInstanceOf(RequestEmailChangeResult.Throttled.class);
        assertThat(system.mailer.sent()).hasSize(mailsAfterRegistration);
    }

    @Test
    void theRightPasswordSendsTheCode() {
        assertThat(request(Omron.TARO_PASSWORD)).isInstanceOf(RequestEmailChangeResult.CodeSent.class);
        assertThat(system.mailer.last().to().value()).isEqualTo(NEW_ADDRESS);
    }
}
