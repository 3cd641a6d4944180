package jp.kenpo.kennin.application.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.account.ConfirmEmailChangeUseCase.ConfirmEmailChangeCommand;
import jp.kenpo.kennin.application.account.ConfirmEmailChangeUseCase.ConfirmEmailChangeResult;
import jp.kenpo.kennin.application.account.RequestEmailChangeUseCase.RequestEmailChangeCommand;
import jp.kenpo.kennin.application.account.RequestEmailChangeUseCase.RequestEmailChangeResult;
import jp.kenpo.kennin.application.mail.Mail;
import jp.kenpo.kennin.application.mail.MailTemplate;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.member.InsuredMember;
import org.junit.jupiter.api.Test;

class EmailChangeNotifiesOldAddressTest {
    private static final String NEW_ADDRESS = "taro.private@home.example.jp";
    private final Omron omron = new Omron();
    private final InMemorySystem system = omron.system;
    private final Account taro = system.register(omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);

    private RequestEmailChangeResult request(String address) {
        return system.requestEmailChange.requestEmailChange(new RequestEmailChangeCommand(taro.id(), address, address, Omron.TARO_PASSWORD,
                ClientAddress.local()));
    }

    private ConfirmEmailChangeResult confirm(String code) {
        return system.confirmEmailChange.confirmEmailChange(new ConfirmEmailChangeCommand(taro.id(), code, ClientAddress.local()));
    }

    @Test
    void theCodeGoesToTheNewAddress() {
        assertThat(request(NEW_ADDRESS)).isEqualTo(new RequestEmailChangeResult.CodeSent("ta※※※※※※※※※※@home.example.jp"));

        Mail mail = system.mailer.last();
        assertThat(mail.to().value()).isEqualTo(NEW_ADDRESS);
        assertThat(mail.from()).isEqualTo(omron.insurer.senderAddress());
        assertThat(mail.template()).isEqualTo(MailTemplate.EMAIL_CHANGE_CODE);
        assertThat(mail.params()).containsOnlyKeys("code", "minutes", "insurerName").containsEntry("minutes", "10");
        assertThat(system.members.loadMember(omron.taro.id()).orElseThrow().email().value()).isEqualTo(Omron.TARO_EMAIL);
    }

    @Test
    void theConfirmedChangeIsStoredAsTheMembersOwnAndTheOldAddressIsTold() {
        request(NEW_ADDRESS);

        assertThat(confirm(InMemorySystem.codeIn(system.mailer.last())))
                .isEqualTo(new ConfirmEmailChangeResult.Changed("ta※※※※※※※※※※@home.example.jp"));

        InsuredMember member = system.members.loadMember(omron.taro.id()).orElseThrow();
        assertThat(member.email().value()).isEqualTo(NEW_ADDRESS);
        assertThat(member.emailSetByMember()).isTrue();
        Mail notice = system.mailer.last();
        assertThat(notice.to().value()).isEqualTo(Omron.TARO_EMAIL);
        assertThat(notice.template()).isEqualTo(MailTemplate.EMAIL_CHANGED_NOTICE);
        assertThat(notice.params()).isEqualTo(Map.of("newAddressMasked", "ta※※※※※※※※※※@home.example.jp",
                "insurerName", "オムロン健康保険組合", "contactMail", "help@omron.example.jp"));
        assertThat(system.audit.actions()).containsSubsequence(AuditAction.EMAIL_CHANGE_REQUESTED, AuditAction.CODE_ACCEPTED,
                AuditAction.EMAIL_CHANGED);
        assertThat(system.pending.all()).isEmpty();
    }

    @Test
    void laterMailsGoToTheNewAddress() {
        request(NEW_ADDRESS);
        confirm(InMemorySystem.codeIn(system.mailer.last()));

        assertThat(system.showMainScreen.showMainScreen(taro.id(), ClientAddress.local()).orElseThrow().maskedEmail())
                .isEqualTo("ta※※※※※※※※※※@home.example.jp");
    }

    @Test
    void aWrongCodeChangesNothing() {
        request(NEW_ADDRESS);
        String code = InMemorySystem.codeIn(system.mailer.last());

        assertThat(confirm(code.equals("000000") ? "000001" : "000000")).isEqualTo(new ConfirmEmailChangeResult.WrongCode(4));
        assertThat(confirm("12345")).isEqualTo(new ConfirmEmailChangeResult.Malformed());
        assertThat(system.members.loadMember(omron.taro.id()).orElseThrow().email().value()).isEqualTo(Omron.TARO_EMAIL);
        assertThat(system.audit.last().action()).isEqualTo(AuditAction.CODE_REJECTED);
    }

    @Test
    void theChangeStandsWhenTheNoticeToTheOldAddressCannotBeSent() {
        request(NEW_ADDRESS);
        String code = InMemorySystem.codeIn(system.mailer.last());
        system.mailer.refuseMail(true);

        assertThat(confirm(code)).isInstanceOf(ConfirmEmailChangeResult.Changed.class);
        assertThat(system.members.loadMember(omron.taro.id()).orElseThrow().email().value()).isEqualTo(NEW_ADDRESS);
        assertThat(system.audit.last().detail()).contains("not sent");
    }

    @Test
    void withoutARequestThereIsNothingToConfirm() {
        assertThat(confirm("123456")).isEqualTo(new ConfirmEmailChangeResult.NothingPending());
    }
}
