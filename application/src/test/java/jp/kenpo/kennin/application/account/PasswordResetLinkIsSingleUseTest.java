package jp.kenpo.kennin.application.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.account.RequestPasswordResetUseCase.RequestPasswordResetCommand;
import jp.kenpo.kennin.application.account.ResetPasswordUseCase.ResetPasswordCommand;
import jp.kenpo.kennin.application.account.ResetPasswordUseCase.ResetPasswordResult;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInCommand;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInResult;
import jp.kenpo.kennin.application.mail.Mail;
import jp.kenpo.kennin.application.mail.MailTemplate;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.credential.CredentialViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PasswordResetLinkIsSingleUseTest {
    private static final String NEW_PASSWORD = "Momiji?Gari2025";
    private final Omron omron = new Omron();
    private final InMemorySystem system = omron.system;
    private String token;
    private jp.kenpo.kennin.domain.account.Account taro;

    @BeforeEach
    void taroAsksForAResetLink() {
        taro = system.register(omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);
        system.requestPasswordReset.requestPasswordReset(new RequestPasswordResetCommand(Omron.TARO_USER_ID, Omron.TARO_EMAIL,
                ClientAddress.local()));
        token = system.mailer.last().params().get("link").replaceFirst(".*token=", "");
    }

    private ResetPasswordResult reset(String password, String confirmation) {
        return system.resetPassword.resetPassword(new ResetPasswordCommand(token, password, confirmation, ClientAddress.local()));
    }

    private LogInResult logIn(String password) {
        return system.logIn.logIn(new LogInCommand(Omron.TARO_USER_ID, password, ClientAddress.local()));
    }

    @Test
    void theNewPasswordWorksTheOldOneNoLongerAndTheMemberIsTold() {
        assertThat(system.resetPassword.isResetTokenValid(token)).isTrue();

        assertThat(reset(NEW_PASSWORD, NEW_PASSWORD)).isEqualTo(new ResetPasswordResult.PasswordChanged(taro.id()));

        assertThat(logIn(NEW_PASSWORD)).isInstanceOf(LogInResult.LoggedIn.class);
        assertThat(logIn(Omron.TARO_PASSWORD)).isEqualTo(new LogInResult.BadCredentials());
        Mail notice = system.mailer.last();
        assertThat(notice.to().value()).isEqualTo(Omron.TARO_EMAIL);
        assertThat(notice.template()).isEqualTo(MailTemplate.PASSWORD_CHANGED_NOTICE);
        assertThat(notice.params()).containsEntry("contactMail", "help@omron.example.jp");
        assertThat(system.audit.actions()).contains(AuditAction.PASSWORD_CHANGED);
    }

    @Test
    void twoTabsUsingTheSameLinkAtOnceChangeThePasswordOnlyOnce() {
        String otherTabsPassword = "Kaede#Other2025";
        ResetPasswordResult[] otherTab = new ResetPasswordResult[1];
        system.passwordHasher.whileNextHashing(() -> otherTab[0] = reset(otherTabsPassword, otherTabsPassword));

        ResetPasswordResult thisTab = reset(NEW_PASSWORD, NEW_PASSWORD);

        assertThat(otherTab[0]).isEqualTo(new ResetPasswordResult.PasswordChanged(taro.id()));
        assertThat(thisTab).isEqualTo(new ResetPasswordResult.LinkInvalid());
        assertThat(logIn(otherTabsPassword)).isInstanceOf(LogInResult.LoggedIn.class);
        assertThat(logIn(NEW_PASSWORD)).isEqualTo(new LogInResult.BadCredentials());
    }

    @Test
    void theLinkWorksOnce() {
        reset(NEW_PASSWORD, NEW_PASSWORD);

        assertThat(system.resetPassword.isResetTokenValid(token)).isFalse();
        assertThat(reset("Winter2025!", "Winter2025!")).isEqualTo(new ResetPasswordResult.LinkInvalid());
        assertThat(logIn(NEW_PASSWORD)).isInstanceOf(LogInResult.LoggedIn.class);
    }

    @Test
    void theLinkExpiresAfterThirtyMinutes() {
        system.clock.advance(Duration.ofMinutes(30).minusSeconds(1));
        assertThat(system.resetPassword.isResetTokenValid(token)).isTrue();

        system.clock.advance(Duration.ofSeconds(1));
        assertThat(system.resetPassword.isResetTokenValid(token)).isFalse();
        assertThat(reset(NEW_PASSWORD, NEW_PASSWORD)).isEqualTo(new ResetPasswordResult.LinkInvalid());
    }

    @Test
    void aMadeUpTokenIsNoLink() {
        assertThat(system.resetPassword.isResetTokenValid("made-up")).isFalse();
        assertThat(system.resetPassword.isResetTokenValid("")).isFalse();
        assertThat(system.resetPassword.isResetTokenValid(null)).isFalse();
    }

    @Test
    void theNewPasswordFollowsTheInsurersRulesAndTheLinkStaysUsable() {
        ResetPasswordResult result = reset("Ab19800401!", "Ab19800401!");

        assertThat(result).isInstanceOf(ResetPasswordResult.Rejected.class);
        assertThat(((ResetPasswordResult.Rejected) result).violations()).extracting(CredentialViolation::code)
                .containsExactly("credential.password.containsBirthDate");
        assertThat(reset("taro.yamada", "taro.yamada")).isInstanceOf(ResetPasswordResult.Rejected.class);
        assertThat(system.resetPassword.isResetTokenValid(token)).isTrue();
    }

    @Test
    void theResetLiftsALoginLockout() {
        for (int i = 0; i < 10; i++) {
            logIn("Wrong2025!");
            system.clock.advance(Duration.ofSeconds(10));
        }
        assertThat(logIn(Omron.TARO_PASSWORD)).isInstanceOf(LogInResult.Throttled.class);

        reset(NEW_PASSWORD, NEW_PASSWORD);

        assertThat(logIn(NEW_PASSWORD)).isInstanceOf(LogInResult.LoggedIn.class);
    }
}
