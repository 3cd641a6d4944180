package jp.kenpo.kennin.application.registration;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.registration.ChooseCredentialsUseCase.ChooseCredentialsResult;
import jp.kenpo.kennin.application.registration.ConfirmRegistrationUseCase.ConfirmRegistrationResult;
import org.junit.jupiter.api.Test;

/**
 * Issue 8: each POST of the credentials mailed a fresh code with five fresh tries, with no wait,
 * so posting them again and again gave an unbounded number of guesses.
 */
class ChoosingCredentialsAgainMintsNoFreshTriesTest extends RegistrationFixture {

    @Test
    void choosingCredentialsAgainRightAwayMailsNoNewCodeAndKeepsTheTriesCounted() {
        String code = chooseAndReadCode();
        String wrong = otherThan(code);
        for (int i = 0; i < 5; i++) {
            confirm(wrong);
        }

        assertThat(choose(taro, Omron.TARO_USER_ID)).isNotInstanceOf(ChooseCredentialsResult.CodeSent.class);

        assertThat(system.mailer.sent()).hasSize(1);
        assertThat(confirm(wrong)).isNotInstanceOf(ConfirmRegistrationResult.WrongCode.class);
    }
}
