package jp.kenpo.kennin.application.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.account.RemindUserIdUseCase.RemindUserIdCommand;
import jp.kenpo.kennin.application.account.RemindUserIdUseCase.RemindUserIdResult;
import jp.kenpo.kennin.application.mail.Mail;
import jp.kenpo.kennin.application.mail.MailTemplate;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.credential.UserId;
import jp.kenpo.kennin.domain.member.InsuredMember;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ForgotUserIdMailsOnlyCurrentAccountsTest {
    private static final ClientAddress FROM = new ClientAddress("203.0.113.9");
    private final Omron omron = new Omron();
    private final InMemorySystem system = omron.system;

    private RemindUserIdResult remind(String insurer, String email) {
        return system.remindUserId.remindUserId(new RemindUserIdCommand(insurer, email, FROM));
    }

    @Test
    void theUserIdIsMailedToTheRegisteredAddressWithTheLoginPage() {
        system.register(omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);
        int before = system.mailer.sent().size();

        assertThat(remind("ＯＭＲＯＮ", "Taro.Yamada@omron.example.co.jp")).isEqualTo(new RemindUserIdResult.Accepted());

        assertThat(system.mailer.sent()).hasSize(before + 1);
        Mail mail = system.mailer.last();
        assertThat(mail.to().value()).isEqualTo(Omron.TARO_EMAIL);
        assertThat(mail.template()).isEqualTo(MailTemplate.USER_ID_REMINDER);
        assertThat(mail.params()).isEqualTo(Map.of("userId", Omron.TARO_USER_ID, "loginUrl", InMemorySystem.BASE_URL + "/login",
                "insurerName", "オムロン健康保険組合"));
        assertThat(system.audit.last().action()).isEqualTo(AuditAction.USER_ID_REMINDER_REQUESTED);
    }

    @Test
    void lastYearsUserIdIsNotMailed() {
        system.accounts.createAccount(omron.taro.id(), omron.insurer.code(), UserId.of(Omron.TARO_USER_ID), "hash", 2024,
                system.clock.instant());

        assertThat(remind("omron", Omron.TARO_EMAIL)).isEqualTo(new RemindUserIdResult.Accepted());
        assertThat(system.mailer.sent()).isEmpty();
    }

    @Test
    void everyMemberSharingTheAddressGetsTheirOwnId() {
        InsuredMember jiro = system.member(omron.insurer, "12", "3457", "山田 次郎", "ヤマダ ジロウ", Omron.TARO_BIRTH_DATE,
                Omron.TARO_EMAIL);
        system.register(omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);
        system.register(jiro, "jiro.yamada", "Jiro#Kq2025!!");
        int before = system.mailer.sent().size();

        remind("omron", Omron.TARO_EMAIL);

        assertThat(system.mailer.sent().subList(before, system.mailer.sent().size()))
                .extracting(m -> m.params().get("userId")).containsExactlyInAnyOrder(Omron.TARO_USER_ID, "jiro.yamada");
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @CsvSource(delimiter = '|', value = {
            "hitachi | taro.yamada@omron.example.co.jp | another insurer",
            "omron   | nobody@omron.example.co.jp      | an address nobody has",
            "omron   | taro.yamada                     | not an address",
            "オムロン  | taro.yamada@omron.example.co.jp | unreadable insurer code",
    })
    void anythingElseGetsTheSameAnswerAndNoMail(String insurer, String email, String why) {
        system.register(omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);
        int before = system.mailer.sent().size();

        assertThat(remind(insurer, email)).isEqualTo(new RemindUserIdResult.Accepted());
        assertThat(system.mailer.sent()).hasSize(before);
    }

    @Test
    void tenRequestsAnHourFromOneAddress() {
        Instant first = system.clock.instant();
        for (int i = 0; i < 10; i++) {
            remind("omron", "nobody" + i + "@example.jp");
        }

        assertThat(remind("omron", Omron.TARO_EMAIL)).isEqualTo(new RemindUserIdResult.Throttled(first.plus(Duration.ofHours(1))));
        assertThat(system.remindUserId.remindUserId(new RemindUserIdCommand("omron", Omron.TARO_EMAIL,
                new ClientAddress("198.51.100.1")))).isEqualTo(new RemindUserIdResult.Accepted());
    }
}
