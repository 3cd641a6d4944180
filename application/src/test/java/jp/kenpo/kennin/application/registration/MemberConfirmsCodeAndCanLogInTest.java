package jp.kenpo.kennin.application.registration;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInCommand;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInResult;
import jp.kenpo.kennin.application.registration.ConfirmRegistrationUseCase.ConfirmRegistrationResult;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.audit.AuditAction;
import org.junit.jupiter.api.Test;

class MemberConfirmsCodeAndCanLogInTest extends RegistrationFixture {

    @Test
    void theMailedCodeMakesTheAccountForTheCurrentSurveyYear() {
        String code = chooseAndReadCode();

        assertThat(confirm(code)).isEqualTo(new ConfirmRegistrationResult.Registered(Omron.TARO_USER_ID));
        assertThat(system.accounts.all()).singleElement().satisfies(account -> {
            assertThat(account.member()).isEqualTo(taro.id());
            assertThat(account.insurer()).isEqualTo(omron.insurer.code());
            assertThat(account.userId().value()).isEqualTo(Omron.TARO_USER_ID);
            assertThat(account.fiscalYear()).isEqualTo(2025);
            assertThat(account.createdAt()).isEqualTo(system.clock.instant());
            assertThat(account.acceptedTermsVersion()).isZero();
        });
        assertThat(system.pending.all()).isEmpty();
        assertThat(system.transactions.count()).isEqualTo(1);
    }

    @Test
    void theMemberLogsInWithWhatTheyChose() {
        confirm(chooseAndReadCode());

        LogInResult result = system.logIn.logIn(new LogInCommand(Omron.TARO_USER_ID, Omron.TARO_PASSWORD, ClientAddress.local()));

        Account account = system.accounts.all().get(0);
        assertThat(result).isEqualTo(new LogInResult.LoggedIn(account.id(), false));
    }

    @Test
    void theCodeMayBeTypedInFullWidthWithASpace() {
        String code = chooseAndReadCode();
        String fullWidth = (code.substring(0, 3) + "　" + code.substring(3)).chars()
                .mapToObj(c -> c == '　' ? "　" : String.valueOf((char) (c - '0' + '０'))).reduce("", String::concat);

        assertThat(confirm(fullWidth)).isInstanceOf(ConfirmRegistrationResult.Registered.class);
    }

    @Test
    void aCodeWorksOnlyOnce() {
        String code = chooseAndReadCode();
        confirm(code);

        assertThat(confirm(code)).isEqualTo(new ConfirmRegistrationResult.NothingPending());
        assertThat(system.accounts.all()).hasSize(1);
    }

    @Test
    void theRegistrationIsAudited() {
        confirm(chooseAndReadCode());

        assertThat(system.audit.actions()).containsExactly(AuditAction.CODE_SENT, AuditAction.CODE_ACCEPTED,
                AuditAction.ACCOUNT_REGISTERED);
        assertThat(system.audit.last().accountId()).contains(system.accounts.all().get(0).id().value());
    }

    @Test
    void withoutAChosenIdThereIsNothingToConfirm() {
        assertThat(confirm("123456")).isEqualTo(new ConfirmRegistrationResult.NothingPending());
    }
}
