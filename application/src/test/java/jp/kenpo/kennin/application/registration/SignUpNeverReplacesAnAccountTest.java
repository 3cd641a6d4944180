package jp.kenpo.kennin.application.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.mail.Mail;
import jp.kenpo.kennin.application.mail.MailTemplate;
import jp.kenpo.kennin.application.registration.ChooseCredentialsUseCase.ChooseCredentialsResult;
import jp.kenpo.kennin.application.registration.ConfirmRegistrationUseCase.ConfirmRegistrationResult;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.credential.UserId;
import org.junit.jupiter.api.Test;

/**
 * Issue 8: a right code deleted the member's account (the insert deleted by member first) and
 * made the guesser's, without telling the member.
 */
class SignUpNeverReplacesAnAccountTest extends RegistrationFixture {

    @Test
    void aSecondSignUpForAMemberWithAnAccountLeavesTheAccountAsItWas() {
        Account taros = system.register(taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);
        system.clock.advance(Duration.ofMinutes(5));

        assertThat(choose(taro, "intruder.id")).isInstanceOf(ChooseCredentialsResult.CodeSent.class);
        assertThat(confirm(lastCode())).isNotInstanceOf(ConfirmRegistrationResult.Registered.class);

        assertThat(system.accounts.all()).containsExactly(taros);
        assertThat(system.accounts.findByUserId(UserId.of("intruder.id"))).isEmpty();
    }

    @Test
    void theMemberIsToldOnlyAfterTheCodeAndTheRegisteredAddressGetsANotice() {
        system.register(taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);
        system.clock.advance(Duration.ofMinutes(5));

        // Before the code, nothing differs from a member without an account: a code goes to the roster address.
        assertThat(choose(taro, "intruder.id")).isInstanceOf(ChooseCredentialsResult.CodeSent.class);
        assertThat(confirm(lastCode())).isEqualTo(new ConfirmRegistrationResult.AlreadyRegistered());

        Mail notice = system.mailer.last();
        assertThat(notice.template()).isEqualTo(MailTemplate.REGISTRATION_ATTEMPT_NOTICE);
        assertThat(notice.to()).isEqualTo(taro.email());
        assertThat(notice.params()).containsEntry("loginUrl", InMemorySystem.BASE_URL + "/login")
                .doesNotContainKeys("code", "userId");
        assertThat(system.pending.all()).isEmpty();
        assertThat(system.audit.withAction(AuditAction.ACCOUNT_REGISTERED)).hasSize(1);
    }

    @Test
    void lastYearsRetiredAccountStillLetsTheMemberRegisterForTheNewYear() {
        system.accounts.createAccount(taro.id(), omron.insurer.code(), UserId.of("taro.2024"), "old-hash", 2024,
                system.clock.instant().minus(Duration.ofDays(365)));

        assertThat(choose(taro, Omron.TARO_USER_ID)).isInstanceOf(ChooseCredentialsResult.CodeSent.class);
        assertThat(confirm(lastCode())).isEqualTo(new ConfirmRegistrationResult.Registered(Omron.TARO_USER_ID));

        assertThat(system.accounts.findByMember(taro.id())).singleElement()
                .satisfies(a -> assertThat(a.fiscalYear()).isEqualTo(2025));
        assertThat(system.accounts.findByUserId(UserId.of("taro.2024"))).isEmpty();
    }
}
