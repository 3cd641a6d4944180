package jp.kenpo.kennin.application.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.account.RequestEmailChangeUseCase.RequestEmailChangeCommand;
import jp.kenpo.kennin.application.account.RequestEmailChangeUseCase.RequestEmailChangeResult;
import jp.kenpo.kennin.domain.account.Account;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmailChangeRefusesUnusableAddressesTest {
    private final Omron omron = new Omron();
    private final InMemorySystem system = omron.system;
    private final Account taro = system.register(omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);
    private final int mailsAfterRegistration = system.mailer.sent().size();

    private RequestEmailChangeResult request(String address, String confirmation) {
        return system.requestEmailChange.requestEmailChange(new RequestEmailChangeCommand(taro.id(), address, confirmation, Omron.TARO_PASSWORD,
                ClientAddress.local()));
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @CsvSource(delimiter = '|', value = {
            "taro@home                        | taro@home                        | email.invalid",
            "taro@home.example.jp             | taro@home.example.com            | email.confirmation.mismatch",
            "taro@home.example.jp             | ''                               | email.confirmation.mismatch",
            "taro.yamada@omron.example.co.jp  | taro.yamada@omron.example.co.jp  | email.unchanged",
            "TARO.YAMADA@OMRON.example.co.jp  | taro.yamada@omron.example.co.jp  | email.unchanged",
    })
    void anUnusableAddressIsNamedAndNothingIsMailed(String address, String confirmation, String code) {
        assertThat(request(address, confirmation)).isEqualTo(new RequestEmailChangeResult.Invalid(code));
        assertThat(system.mailer.sent()).hasSize(mailsAfterRegistration);
    }

    @Test
    void theConfirmationMayBeTypedInFullWidth() {
        assertThat(request("taro@home.example.jp", "ｔａｒｏ＠ｈｏｍｅ．ｅｘａｍｐｌｅ．ｊｐ"))
                .isInstanceOf(RequestEmailChangeResult.CodeSent.class);
    }

    @Test
    void anotherCodeWaitsForTheCoolDownWhateverTheAddress() {
        request("taro@home.example.jp", "taro@home.example.jp");
        system.clock.advance(Duration.ofSeconds(20));

        assertThat(request("taro@other.example.jp", "taro@other.example.jp")).isEqualTo(new RequestEmailChangeResult.CoolingDown(40));
        system.clock.advance(Duration.ofSeconds(40));
        assertThat(request("taro@other.example.jp", "taro@other.example.jp")).isInstanceOf(RequestEmailChangeResult.CodeSent.class);
    }

    @Test
    void aRefusedMailLeavesNoCodeWaiting() {
        system.mailer.refuseMail(true);

        assertThat(request("taro@home.example.jp", "taro@home.example.jp")).isEqualTo(new RequestEmailChangeResult.MailFailed());
        assertThat(system.pending.all()).isEmpty();
    }
}
