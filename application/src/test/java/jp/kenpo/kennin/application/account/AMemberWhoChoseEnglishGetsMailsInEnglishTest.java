package jp.kenpo.kennin.application.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.account.ChooseLanguageUseCase.ChooseLanguageCommand;
import jp.kenpo.kennin.application.account.ChooseLanguageUseCase.ChooseLanguageResult;
import jp.kenpo.kennin.application.account.RemindUserIdUseCase.RemindUserIdCommand;
import jp.kenpo.kennin.application.account.RequestPasswordResetUseCase.RequestPasswordResetCommand;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInCommand;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInResult;
import jp.kenpo.kennin.application.mail.MailTemplate;
import jp.kenpo.kennin.application.registration.ChooseCredentialsUseCase.ChooseCredentialsCommand;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.account.Language;
import org.junit.jupiter.api.Test;

/** The language a member chose is kept on the account; their login and the mails about their account follow it. */
class AMemberWhoChoseEnglishGetsMailsInEnglishTest {
    private static final ClientAddress FROM = new ClientAddress("203.0.113.9");
    private final Omron omron = new Omron();
    private final InMemorySystem system = omron.system;
    private final ChooseLanguageService chooseLanguage = new ChooseLanguageService(system.accounts);

    @Test
    void aMemberWhoNeverChoseGetsJapaneseMails() {
        system.register(omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);

        system.remindUserId.remindUserId(new RemindUserIdCommand("omron", Omron.TARO_EMAIL, FROM));

        assertThat(system.mailer.last().template()).isEqualTo(MailTemplate.USER_ID_REMINDER);
        assertThat(system.mailer.last().language()).isEqualTo(Language.JA);
    }

    @Test
    void englishChosenOnTheAccountComesBackAtLoginAndWritesTheAccountMailsInEnglish() {
        Account taro = system.register(omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);

        assertThat(chooseLanguage.chooseLanguage(new ChooseLanguageCommand(taro.id(), Language.EN)))
                .isEqualTo(new ChooseLanguageResult.Chosen(Language.EN));

        assertThat(system.logIn.logIn(new LogInCommand(Omron.TARO_USER_ID, Omron.TARO_PASSWORD, FROM)))
                .isInstanceOfSatisfying(LogInResult.LoggedIn.class, in -> assertThat(in.language()).contains(Language.EN));
        system.remindUserId.remindUserId(new RemindUserIdCommand("omron", Omron.TARO_EMAIL, FROM));
        assertThat(system.mailer.last().template()).isEqualTo(MailTemplate.USER_ID_REMINDER);
        assertThat(system.mailer.last().language()).isEqualTo(Language.EN);
        system.requestPasswordReset.requestPasswordReset(new RequestPasswordResetCommand(Omron.TARO_USER_ID, Omron.TARO_EMAIL, FROM));
        assertThat(system.mailer.last().template()).isEqualTo(MailTemplate.PASSWORD_RESET_LINK);
        assertThat(system.mailer.last().language()).isEqualTo(Language.EN);
    }

    @Test
    void choosingForAnAccountThatNoLongerExistsSaysSo() {
        assertThat(chooseLanguage.chooseLanguage(new ChooseLanguageCommand(new AccountId(999), Language.EN)))
                .isEqualTo(new ChooseLanguageResult.UnknownAccount());
    }

    @Test
    void theSignUpCodeIsMailedInTheLanguageTheMemberSignsUpIn() {
        system.chooseCredentials.chooseCredentials(new ChooseCredentialsCommand(omron.taro.id(), Omron.TARO_USER_ID,
                Omron.TARO_PASSWORD, Omron.TARO_PASSWORD, FROM, Language.EN));

        assertThat(system.mailer.last().template()).isEqualTo(MailTemplate.REGISTRATION_CODE);
        assertThat(system.mailer.last().language()).isEqualTo(Language.EN);
        assertThat(Optional.of(system.mailer.last().to().value())).contains(Omron.TARO_EMAIL);
    }
}
