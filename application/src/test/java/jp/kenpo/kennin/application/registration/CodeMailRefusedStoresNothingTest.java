package jp.kenpo.kennin.application.registration;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.registration.ChooseCredentialsUseCase.ChooseCredentialsResult;
import jp.kenpo.kennin.application.registration.ConfirmRegistrationUseCase.ConfirmRegistrationResult;
import org.junit.jupiter.api.Test;

class CodeMailRefusedStoresNothingTest extends RegistrationFixture {

    @Test
    void theMemberIsToldAndNoCodeIsLeftWaiting() {
        system.mailer.refuseMail(true);

        assertThat(choose(taro, Omron.TARO_USER_ID)).isEqualTo(new ChooseCredentialsResult.MailFailed());
        assertThat(system.pending.all()).isEmpty();
        assertThat(system.audit.actions()).isEmpty();
        assertThat(confirm("123456")).isEqualTo(new ConfirmRegistrationResult.NothingPending());
    }

    @Test
    void theMemberMayTryAgainOnceTheServerAcceptsMail() {
        system.mailer.refuseMail(true);
        choose(taro, Omron.TARO_USER_ID);
        system.mailer.refuseMail(false);

        assertThat(choose(taro, Omron.TARO_USER_ID)).isInstanceOf(ChooseCredentialsResult.CodeSent.class);
        assertThat(confirm(lastCode())).isInstanceOf(ConfirmRegistrationResult.Registered.class);
    }
}
