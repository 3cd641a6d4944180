package jp.kenpo.kennin.application.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import jp.kenpo.kennin.application.mail.MailTemplate;
import jp.kenpo.kennin.application.registration.ConfirmRegistrationUseCase.ConfirmRegistrationResult;
import jp.kenpo.kennin.application.registration.ResendRegistrationCodeUseCase.ResendCodeResult;
import jp.kenpo.kennin.domain.audit.AuditAction;
import org.junit.jupiter.api.Test;

class ResendCodeAfterCoolDownTest extends RegistrationFixture {

    @Test
    void aNewCodeMustWaitSixtySecondsAfterTheLast() {
        chooseAndReadCode();
        assertThat(resend()).isEqualTo(new ResendCodeResult.CoolingDown(60));

        system.clock.advance(Duration.ofMillis(30_500));
        assertThat(resend()).isEqualTo(new ResendCodeResult.CoolingDown(30));

        system.clock.advance(Duration.ofMillis(29_500));
        assertThat(resend()).isEqualTo(new ResendCodeResult.Resent("ta※※※※※※※※※@omron.example.co.jp"));
        assertThat(system.mailer.sent()).hasSize(2).allSatisfy(mail -> {
            assertThat(mail.template()).isEqualTo(MailTemplate.REGISTRATION_CODE);
            assertThat(mail.to()).isEqualTo(taro.email());
        });
        assertThat(system.audit.withAction(AuditAction.CODE_SENT)).hasSize(2);
    }

    @Test
    void theNewCodeReplacesTheOldOne() {
        String old = chooseAndReadCode();
        system.clock.advance(Duration.ofSeconds(60));
        resend();
        String fresh = lastCode();

        assertThat(fresh).isNotEqualTo(old);
        assertThat(confirm(old)).isEqualTo(new ConfirmRegistrationResult.WrongCode(4));
        assertThat(confirm(fresh)).isInstanceOf(ConfirmRegistrationResult.Registered.class);
    }

    @Test
    void theCoolDownStartsAgainWithEachCode() {
        chooseAndReadCode();
        system.clock.advance(Duration.ofSeconds(60));
        resend();
        system.clock.advance(Duration.ofSeconds(10));

        assertThat(resend()).isEqualTo(new ResendCodeResult.CoolingDown(50));
    }

    @Test
    void whenTheResendIsRefusedByTheMailServerTheOldCodeStillWorks() {
        String old = chooseAndReadCode();
        system.clock.advance(Duration.ofSeconds(60));
        system.mailer.refuseMail(true);

        assertThat(resend()).isEqualTo(new ResendCodeResult.MailFailed());
        assertThat(confirm(old)).isInstanceOf(ConfirmRegistrationResult.Registered.class);
    }

    @Test
    void withNothingPendingThereIsNothingToResend() {
        assertThat(resend()).isEqualTo(new ResendCodeResult.NothingPending());
        assertThat(system.mailer.sent()).isEmpty();
    }
}
