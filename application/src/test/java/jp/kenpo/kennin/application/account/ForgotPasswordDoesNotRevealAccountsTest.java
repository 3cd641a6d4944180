package jp.kenpo.kennin.application.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.account.RequestPasswordResetUseCase.RequestPasswordResetCommand;
import jp.kenpo.kennin.application.account.RequestPasswordResetUseCase.RequestPasswordResetResult;
import jp.kenpo.kennin.application.insurer.OpenSurveyYearUseCase.OpenSurveyYearCommand;
import jp.kenpo.kennin.application.mail.Mail;
import jp.kenpo.kennin.application.mail.MailTemplate;
import jp.kenpo.kennin.domain.audit.AuditAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ForgotPasswordDoesNotRevealAccountsTest {
    private static final ClientAddress FROM = new ClientAddress("203.0.113.9");
    private final Omron omron = new Omron();
    private final InMemorySystem system = omron.system;

    private final int mailsAfterRegistration = registerTaro();

    private int registerTaro() {
        system.register(omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);
        return system.mailer.sent().size();
    }

    private RequestPasswordResetResult request(String userId, String email) {
        return system.requestPasswordReset.requestPasswordReset(new RequestPasswordResetCommand(userId, email, FROM));
    }

    @Test
    void aMatchingAccountGetsALinkValidForThirtyMinutes() {
        assertThat(request(Omron.TARO_USER_ID, Omron.TARO_EMAIL)).isEqualTo(new RequestPasswordResetResult.Accepted());

        Mail mail = system.mailer.last();
        assertThat(mail.to().value()).isEqualTo(Omron.TARO_EMAIL);
        assertThat(mail.template()).isEqualTo(MailTemplate.PASSWORD_RESET_LINK);
        assertThat(mail.params()).containsEntry("minutes", "30").containsEntry("insurerName", "オムロン健康保険組合");
        assertThat(mail.params().get("link")).startsWith(InMemorySystem.BASE_URL + "/password/reset?token=");
        assertThat(system.audit.last().action()).isEqualTo(AuditAction.PASSWORD_RESET_REQUESTED);
    }

    @Test
    void theTokenIsStoredOnlyAsItsDigest() {
        request(Omron.TARO_USER_ID, Omron.TARO_EMAIL);
        String token = system.mailer.last().params().get("link").replaceFirst(".*token=", "");

        assertThat(system.pending.all()).singleElement()
                .satisfies(p -> assertThat(p.subject()).isEqualTo(system.digest.digest(token)).isNotEqualTo(token));
    }

    @Test
    void userIdAndAddressAreMatchedInAnyCaseAndWidth() {
        request("ＴＡＲＯ．ＹＡＭＡＤＡ", "Taro.Yamada@OMRON.example.co.jp");

        assertThat(system.mailer.sent()).hasSize(mailsAfterRegistration + 1);
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @CsvSource(delimiter = '|', value = {
            "nobody.here  | taro.yamada@omron.example.co.jp | unknown user ID",
            "taro.yamada  | someone@omron.example.co.jp     | another address",
            "taro.yamada  | not-an-address                  | unreadable address",
            "''           | taro.yamada@omron.example.co.jp | no user ID",
    })
    void anythingElseGetsTheSameAnswerAndNoMail(String userId, String email, String why) {
        assertThat(request(userId, email)).isEqualTo(new RequestPasswordResetResult.Accepted());
        assertThat(system.mailer.sent()).hasSize(mailsAfterRegistration);
        assertThat(system.pending.all()).isEmpty();
        assertThat(system.audit.last().action()).isEqualTo(AuditAction.PASSWORD_RESET_REQUESTED);
    }

    @Test
    void lastYearsAccountGetsNoLink() {
        system.openSurveyYear.openSurveyYear(new OpenSurveyYearCommand("omron", 2026, "令和8年度",
                LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 9)));

        assertThat(request(Omron.TARO_USER_ID, Omron.TARO_EMAIL)).isEqualTo(new RequestPasswordResetResult.Accepted());
        assertThat(system.mailer.sent()).hasSize(mailsAfterRegistration);
    }

    @Test
    void aRefusedMailLeavesNoUsableLinkAndTheSameAnswer() {
        system.mailer.refuseMail(true);

        assertThat(request(Omron.TARO_USER_ID, Omron.TARO_EMAIL)).isEqualTo(new RequestPasswordResetResult.Accepted());
        assertThat(system.pending.all()).isEmpty();
    }

    @Test
    void tenRequestsAnHourFromOneAddressAreAllowedMatchedOrNot() {
        Instant first = system.clock.instant();
        for (int i = 0; i < 10; i++) {
            assertThat(request("nobody" + i, "x@example.jp")).isEqualTo(new RequestPasswordResetResult.Accepted());
            system.clock.advance(Duration.ofMinutes(1));
        }

        assertThat(request(Omron.TARO_USER_ID, Omron.TARO_EMAIL))
                .isEqualTo(new RequestPasswordResetResult.Throttled(first.plus(Duration.ofMinutes(60))));
        assertThat(system.mailer.sent()).hasSize(mailsAfterRegistration);

        system.clock.set(first.plus(Duration.ofMinutes(60)));
        assertThat(request(Omron.TARO_USER_ID, Omron.TARO_EMAIL)).isEqualTo(new RequestPasswordResetResult.Accepted());
        assertThat(system.mailer.sent()).hasSize(mailsAfterRegistration + 1);
    }
}
