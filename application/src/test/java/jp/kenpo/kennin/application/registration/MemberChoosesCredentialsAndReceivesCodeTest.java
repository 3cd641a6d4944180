package jp.kenpo.kennin.application.registration;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.mail.Mail;
import jp.kenpo.kennin.application.mail.MailTemplate;
import jp.kenpo.kennin.application.registration.ChooseCredentialsUseCase.ChooseCredentialsCommand;
import jp.kenpo.kennin.application.registration.ChooseCredentialsUseCase.ChooseCredentialsResult;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.verification.PendingVerification;
import jp.kenpo.kennin.domain.verification.VerificationPurpose;
import org.junit.jupiter.api.Test;

class MemberChoosesCredentialsAndReceivesCodeTest {
    private final Omron omron = new Omron();
    private final InMemorySystem system = omron.system;

    private ChooseCredentialsResult choose() {
        return system.chooseCredentials.chooseCredentials(new ChooseCredentialsCommand(omron.taro.id(), Omron.TARO_USER_ID,
                Omron.TARO_PASSWORD, Omron.TARO_PASSWORD, ClientAddress.local()));
    }

    @Test
    void theScreenSaysWhereTheCodeWentFromWhomAndForHowLong() {
        assertThat(choose()).isEqualTo(new ChooseCredentialsResult.CodeSent("ta※※※※※※※※※@omron.example.co.jp",
                "omron-kenpo@ibss.example.jp", 10));
    }

    @Test
    void aSixDigitCodeIsMailedFromTheInsurersSenderToTheRegisteredAddress() {
        choose();

        Mail mail = system.mailer.last();
        assertThat(system.mailer.sent()).hasSize(1);
        assertThat(mail.from().value()).isEqualTo("omron-kenpo@ibss.example.jp");
        assertThat(mail.fromName()).isEqualTo("オムロン健康保険組合");
        assertThat(mail.to().value()).isEqualTo(Omron.TARO_EMAIL);
        assertThat(mail.template()).isEqualTo(MailTemplate.REGISTRATION_CODE);
        assertThat(mail.params()).containsOnlyKeys("code", "minutes", "insurerName", "contactMail")
                .containsEntry("minutes", "10")
                .containsEntry("insurerName", "オムロン健康保険組合")
                .containsEntry("contactMail", "help@omron.example.jp");
        assertThat(mail.params().get("code")).matches("[0-9]{6}");
    }

    @Test
    void nothingIsAnAccountYetAndNeitherCodeNorPasswordIsStoredInClear() {
        choose();
        String code = InMemorySystem.codeIn(system.mailer.last());

        assertThat(system.accounts.all()).isEmpty();
        PendingVerification pending = system.pending.loadPending(VerificationPurpose.REGISTRATION,
                Long.toString(omron.taro.id().value())).orElseThrow();
        assertThat(pending.userId()).contains(Omron.TARO_USER_ID);
        assertThat(pending.passwordHash()).contains(system.passwordHasher.hash(Omron.TARO_PASSWORD));
        assertThat(pending.challenge().codeHash()).isEqualTo(system.digest.digest(code)).isNotEqualTo(code);
        assertThat(pending.challenge().expiresAt()).isEqualTo(system.clock.instant().plusSeconds(600));
    }

    @Test
    void theMailedCodeIsAudited() {
        choose();

        assertThat(system.audit.actions()).containsExactly(AuditAction.CODE_SENT);
        assertThat(system.audit.last().memberId()).contains(omron.taro.id().value());
        assertThat(system.audit.last().detail()).doesNotContain(InMemorySystem.codeIn(system.mailer.last()));
    }
}
