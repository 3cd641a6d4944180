package jp.kenpo.kennin.application.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.mail.MailTemplate;
import jp.kenpo.kennin.application.registration.ChooseCredentialsUseCase.ChooseCredentialsCommand;
import jp.kenpo.kennin.application.registration.ChooseCredentialsUseCase.ChooseCredentialsResult;
import jp.kenpo.kennin.application.registration.ConfirmRegistrationUseCase.ConfirmRegistrationResult;
import jp.kenpo.kennin.application.registration.ResendRegistrationCodeUseCase.ResendCodeResult;
import jp.kenpo.kennin.application.security.PasswordHasher;
import jp.kenpo.kennin.domain.audit.AuditAction;
import org.junit.jupiter.api.Test;

/**
 * Issue 8: codes are capped per member record across codes: one a minute, 10 a day, and 100
 * compared codes in all before staff open sign-up again (NIST SP 800-63B 5.2.2).
 */
class CodeTriesAreCappedAcrossCodesTest extends RegistrationFixture {

    /** Five wrong tries at the current code; the hundredth wrong try says the record is locked. */
    private void spendCode() {
        String wrong = otherThan(lastCode());
        for (int i = 0; i < 5; i++) {
            assertThat(confirm(wrong)).isInstanceOfAny(ConfirmRegistrationResult.WrongCode.class,
                    ConfirmRegistrationResult.TooManyTries.class, ConfirmRegistrationResult.Locked.class);
        }
    }

    @Test
    void tenCodesADayThenTheMemberIsToldToComeBackTomorrow() {
        chooseAndReadCode();
        for (int i = 1; i < 10; i++) {
            system.clock.advance(Duration.ofSeconds(60));
            assertThat(resend()).isInstanceOf(ResendCodeResult.Resent.class);
        }
        system.clock.advance(Duration.ofSeconds(60));

        assertThat(resend()).isEqualTo(new ResendCodeResult.DailyLimitReached());
        assertThat(choose(taro, Omron.TARO_USER_ID)).isEqualTo(new ChooseCredentialsResult.DailyLimitReached());
        assertThat(system.mailer.sent()).hasSize(10);

        system.clock.advance(Duration.ofDays(1));
        assertThat(resend()).isInstanceOf(ResendCodeResult.Resent.class);
    }

    @Test
    void choosingCredentialsAgainWaitsForTheSameCoolDownAsAResend() {
        chooseAndReadCode();
        system.clock.advance(Duration.ofSeconds(20));

        assertThat(choose(taro, Omron.TARO_USER_ID)).isEqualTo(new ChooseCredentialsResult.CoolingDown(40));
        system.clock.advance(Duration.ofSeconds(40));
        assertThat(choose(taro, Omron.TARO_USER_ID)).isInstanceOf(ChooseCredentialsResult.CodeSent.class);
        assertThat(resend()).isEqualTo(new ResendCodeResult.CoolingDown(60));
    }

    @Test
    void aHundredComparedCodesAcrossTwentyCodesCloseSignUpUntilStaffOpenIt() {
        chooseAndReadCode();
        for (int code = 1; code <= 20; code++) {
            spendCode();
            system.clock.advance(code % 10 == 0 ? Duration.ofDays(1) : Duration.ofSeconds(60));
            if (code < 20) {
                assertThat(resend()).isInstanceOf(ResendCodeResult.Resent.class);
            }
        }
        int mailsBefore = system.mailer.sent().size();
        assertThat(system.audit.withAction(AuditAction.CODE_REJECTED).get(99).detail()).contains("locked");

        assertThat(resend()).isEqualTo(new ResendCodeResult.Locked());
        assertThat(choose(taro, Omron.TARO_USER_ID)).isEqualTo(new ChooseCredentialsResult.Locked());
        assertThat(confirm(lastCode())).isEqualTo(new ConfirmRegistrationResult.Locked());
        assertThat(system.mailer.sent()).hasSize(mailsBefore);
        assertThat(system.signupLimits.load(taro.id()).codeTries()).isEqualTo(100);

        // Staff unlock (no screen yet): the member may ask for a code and register.
        system.signupLimits.resetCodeTries(taro.id());
        assertThat(choose(taro, Omron.TARO_USER_ID)).isInstanceOf(ChooseCredentialsResult.CodeSent.class);
        assertThat(confirm(lastCode())).isInstanceOf(ConfirmRegistrationResult.Registered.class);
    }

    @Test
    void theHundredthComparedCodeMayStillBeTheRightOneAndSuccessStartsTheCountAgain() {
        chooseAndReadCode();
        for (int code = 1; code <= 19; code++) {
            spendCode();
            system.clock.advance(code % 10 == 0 ? Duration.ofDays(1) : Duration.ofSeconds(60));
            resend();
        }
        String right = lastCode();
        for (int i = 0; i < 4; i++) {
            confirm(otherThan(right));
        }
        assertThat(system.signupLimits.load(taro.id()).codeTries()).isEqualTo(99);
        assertThat(confirm(right)).isInstanceOf(ConfirmRegistrationResult.Registered.class);
        assertThat(system.signupLimits.load(taro.id()).codeTries()).isZero();
    }

    @Test
    void aCodeWhoseMailWasRefusedDoesNotCountSoTheMemberMayTryAgainAtOnce() {
        system.mailer.refuseMail(true);
        assertThat(choose(taro, Omron.TARO_USER_ID)).isEqualTo(new ChooseCredentialsResult.MailFailed());
        system.mailer.refuseMail(false);

        assertThat(choose(taro, Omron.TARO_USER_ID)).isInstanceOf(ChooseCredentialsResult.CodeSent.class);
        assertThat(system.mailer.sent()).singleElement()
                .satisfies(mail -> assertThat(mail.template()).isEqualTo(MailTemplate.REGISTRATION_CODE));
    }

    @Test
    void aRequestThatFailsBeforeTheCodeIsMailedDoesNotHoldTheMemberToTheCoolDown() {
        PasswordHasher busy = new PasswordHasher() {
            @Override
            public String hash(String password) {
                throw new IllegalStateException("hashing pool full");
            }

            @Override
            public boolean verify(String password, String hash) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void verifyAgainstDummy(String password) {
                throw new UnsupportedOperationException();
            }
        };
        ChooseCredentialsService whileBusy = new ChooseCredentialsService(system.members, system.insurers, system.accounts,
                system.pending, busy, system.secrets, system.digest, system.mailer, system.audit, system.clock,
                system.settings, system.signupLimits, system.signupLimitSettings);

        assertThatThrownBy(() -> whileBusy.chooseCredentials(new ChooseCredentialsCommand(taro.id(), Omron.TARO_USER_ID,
                Omron.TARO_PASSWORD, Omron.TARO_PASSWORD, ClientAddress.local()))).hasMessageContaining("pool full");

        assertThat(choose(taro, Omron.TARO_USER_ID)).isInstanceOf(ChooseCredentialsResult.CodeSent.class);
    }
}
