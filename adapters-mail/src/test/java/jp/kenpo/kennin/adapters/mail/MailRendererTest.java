package jp.kenpo.kennin.adapters.mail;

import static jp.kenpo.kennin.adapters.mail.MailFixtures.CODE;
import static jp.kenpo.kennin.adapters.mail.MailFixtures.INSURER;
import static jp.kenpo.kennin.adapters.mail.MailFixtures.documentedParams;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.kenpo.kennin.adapters.mail.MailRenderer.RenderedMail;
import jp.kenpo.kennin.application.mail.MailTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MailRendererTest {
    private final MailRenderer japanese = MailRenderer.japanese();

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void bundleHasSubjectAndBodyForEveryTemplateAndNothingElse(String language) throws Exception {
        Set<String> expected = Stream.concat(Stream.of("footer"), Arrays.stream(MailTemplate.values())
                .filter(t -> !t.campaign())
                .flatMap(t -> Stream.of(t + ".subject", t + ".body"))).collect(Collectors.toSet());

        Properties bundle = bundle(language);

        assertThat(bundle.stringPropertyNames()).isEqualTo(expected);
        assertThat(bundle.values()).allSatisfy(text -> assertThat((String) text).isNotBlank()
                .as("contact details come from the insurer's settings, never from the product")
                .doesNotContainPattern("0\\d{1,4}-\\d{1,4}-\\d{3,4}")
                .doesNotContainPattern("[A-Za-z0-9._-]+@[A-Za-z0-9.-]+"));
    }

    static Stream<Arguments> everyTemplateInEveryLanguage() {
        return Stream.of(Locale.JAPANESE, Locale.ENGLISH)
                .flatMap(locale -> Arrays.stream(MailTemplate.values()).filter(t -> !t.campaign()).map(t -> Arguments.of(locale, t)));
    }

    @ParameterizedTest
    @MethodSource("everyTemplateInEveryLanguage")
    void documentedParametersFillEveryPlaceholderAndAllOfThemAreShown(Locale locale, MailTemplate template) {
        Map<String, String> params = documentedParams(template);

        RenderedMail mail = MailRenderer.forLocale(locale).render(template, params);

        assertThat(mail.subject()).isNotBlank().doesNotContain("{", "}", "\n");
        assertThat(mail.subject()).contains(INSURER);
        assertThat(mail.body()).doesNotContainPattern("\\{[A-Za-z0-9]*}");
        assertThat(mail.subject() + mail.body()).contains(params.values());
    }

    @ParameterizedTest
    @EnumSource(value = MailTemplate.class, mode = EnumSource.Mode.MATCH_NONE, names = "CAMPAIGN_.*")
    void everyJapaneseMailSaysItComesFromASendOnlyAddressAndIsSigned(MailTemplate template) {
        RenderedMail mail = japanese.render(template, documentedParams(template));

        assertThat(mail.body()).contains("送信専用アドレス").endsWith("お答えできません。\n");
        assertThat(mail.body()).containsOnlyOnce(INSURER + "\n被扶養者資格確認調査システム");
    }

    @Test
    void staffEnrolmentMailGivesTheLinkTheLoginAndWhenTheLinkExpires() {
        RenderedMail mail = japanese.render(MailTemplate.STAFF_ENROLMENT, documentedParams(MailTemplate.STAFF_ENROLMENT));

        assertThat(mail.subject()).isEqualTo("【テスト健康保険組合】管理画面の利用登録のご案内");
        assertThat(mail.subject()).as("no link on a lock screen").doesNotContain("/admin/enrol/");
        assertThat(mail.body()).startsWith("佐藤　花子 様\n")
                .contains("\nhttps://kennin.example.jp/admin/enrol/q7Zt0kPm\n", "ログイン名：sato.hanako",
                        "有効期限：2026/04/02 09:00 (JST)まで（1回だけ使えます）");
        RenderedMail english = MailRenderer.forLocale(Locale.ENGLISH).render(MailTemplate.STAFF_ENROLMENT,
                documentedParams(MailTemplate.STAFF_ENROLMENT));
        assertThat(english.body()).contains("Valid until: 2026/04/02 09:00 (JST) (once only)");
    }

    @Test
    void theResultMailListsEveryDependentsResultOnItsOwnLine() {
        RenderedMail mail = japanese.render(MailTemplate.REVIEW_RESULT, documentedParams(MailTemplate.REVIEW_RESULT));

        assertThat(mail.subject()).isEqualTo("【テスト健康保険組合】被扶養者資格確認調査の結果のお知らせ");
        assertThat(mail.body()).contains("\n健保　花子様：継続（引き続き被扶養者です）\n",
                "\n健保　一郎様：削除（資格喪失日 2025/06/01、理由 就職）\n", "\nhttps://kennin.example.jp/login\n");
    }

    @Test
    void registrationCodeMailGivesTheCodeItsLifetimeAndTheWarnings() {
        RenderedMail mail = japanese.render(MailTemplate.REGISTRATION_CODE, documentedParams(MailTemplate.REGISTRATION_CODE));

        assertThat(mail.subject()).isEqualTo("【テスト健康保険組合】認証コードのお知らせ");
        assertThat(mail.subject()).as("no code on a lock screen").doesNotContain(CODE);
        assertThat(mail.body())
                .contains("認証コード：" + CODE)
                .contains("6桁")
                .contains("このメールの送信から10分以内")
                .contains("ほかの人に教えないでください")
                .contains("このメールに心当たりがない場合は破棄してください")
                .contains("お問い合わせ先：kennin-help@example.jp");
    }

    @Test
    void emailChangedNoticeShowsTheMaskedNewAddressAndWhomToContact() {
        RenderedMail mail = japanese.render(MailTemplate.EMAIL_CHANGED_NOTICE, documentedParams(MailTemplate.EMAIL_CHANGED_NOTICE));

        assertThat(mail.body())
                .contains("変更後のメールアドレス：ha※※※※@example.net")
                .contains("覚えがない場合")
                .contains("kennin-help@example.jp");
    }

    @Test
    void linksStandOnTheirOwnLineSoMailClientsMakeThemClickable() {
        RenderedMail reset = japanese.render(MailTemplate.PASSWORD_RESET_LINK, documentedParams(MailTemplate.PASSWORD_RESET_LINK));
        RenderedMail reminder = japanese.render(MailTemplate.USER_ID_REMINDER, documentedParams(MailTemplate.USER_ID_REMINDER));

        assertThat(reset.body()).contains("\n" + MailFixtures.RESET_LINK + "\n").contains("30分以内");
        assertThat(reminder.body()).contains("ユーザID：hanako_2026").contains("\nhttps://kennin.example.jp/login\n");
    }

    @Test
    void missingParameterIsAProgrammingErrorNamedInTheException() {
        Map<String, String> params = new HashMap<>(documentedParams(MailTemplate.REGISTRATION_CODE));
        params.remove("code");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> japanese.render(MailTemplate.REGISTRATION_CODE, params))
                .withMessageContaining("REGISTRATION_CODE").withMessageContaining("'code'");
    }

    @Test
    void parameterValuesAreInsertedLiterallyAndNotExpandedAgain() {
        Map<String, String> params = new HashMap<>(documentedParams(MailTemplate.USER_ID_REMINDER));
        params.put("userId", "a$1\\{loginUrl}");

        RenderedMail mail = japanese.render(MailTemplate.USER_ID_REMINDER, params);

        assertThat(mail.body()).contains("ユーザID：a$1\\{loginUrl}");
    }

    @Test
    void lineBreakReachingTheSubjectIsRefused() {
        Map<String, String> params = new HashMap<>(documentedParams(MailTemplate.PASSWORD_CHANGED_NOTICE));
        params.put("insurerName", "組合\r\nBcc: victim@example.com");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> japanese.render(MailTemplate.PASSWORD_CHANGED_NOTICE, params))
                .withMessageContaining("line break");
    }

    @Test
    void languageWithoutBundleGetsJapaneseWhateverTheServerLocale() {
        Map<String, String> params = documentedParams(MailTemplate.PASSWORD_CHANGED_NOTICE);

        assertThat(MailRenderer.forLocale(Locale.FRENCH).render(MailTemplate.PASSWORD_CHANGED_NOTICE, params))
                .isEqualTo(japanese.render(MailTemplate.PASSWORD_CHANGED_NOTICE, params));
        assertThat(MailRenderer.forLocale(Locale.ENGLISH).render(MailTemplate.PASSWORD_CHANGED_NOTICE, params).subject())
                .isEqualTo("[テスト健康保険組合] Your password was changed");
    }

    private static Properties bundle(String language) throws Exception {
        try (InputStream in = MailRendererTest.class.getResourceAsStream("/mail/mail_" + language + ".properties")) {
            Properties bundle = new Properties();
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return bundle;
        }
    }
}
