package jp.kenpo.kennin.domain.mailing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.mailing.CampaignMailText.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What staff may write as a campaign mail, each refusal alone, and how a text is filled for a member. */
class CampaignMailTextStaffWriteTest {
    private static final String BODY = "{name} 様\n{url}";

    private static Map<MailPlaceholder, String> values() {
        Map<MailPlaceholder, String> v = new EnumMap<>(MailPlaceholder.class);
        v.put(MailPlaceholder.NAME, "山田 太郎");
        v.put(MailPlaceholder.DEADLINE, "2025年8月31日");
        v.put(MailPlaceholder.URL, "https://kennin.example.jp/signup");
        v.put(MailPlaceholder.CARD, "記号 01 番号 ※※42");
        v.put(MailPlaceholder.INSURER, "サンプル健康保険組合");
        v.put(MailPlaceholder.CONTACT, "電話: 0120-123-456");
        v.put(MailPlaceholder.RESULTS, "山田 花子様: 継続");
        return v;
    }

    @Test
    void aTextWithASubjectTheUrlAndKnownPlaceholdersHasNoProblem() {
        assertThat(CampaignMailText.check(CampaignKind.INVITATION, "【{insurer}】ご案内", BODY)).isEmpty();
    }

    @Test
    void aBlankSubjectIsRefused() {
        assertThat(CampaignMailText.check(CampaignKind.INVITATION, "  ", BODY)).containsExactly(Problem.SUBJECT_BLANK);
    }

    @Test
    void aSubjectLongerThan200CharactersIsRefusedCountingCodePoints() {
        assertThat(CampaignMailText.check(CampaignKind.INVITATION, "𠮷".repeat(200), BODY)).isEmpty();
        assertThat(CampaignMailText.check(CampaignKind.INVITATION, "𠮷".repeat(201), BODY)).containsExactly(Problem.SUBJECT_TOO_LONG);
    }

    @Test
    void aSubjectWithALineBreakWouldBecomeAHeaderAndIsRefused() {
        assertThat(CampaignMailText.check(CampaignKind.INVITATION, "ご案内\nBcc: x@example.jp", BODY))
                .containsExactly(Problem.SUBJECT_LINE_BREAK);
    }

    @Test
    void aBlankBodyIsRefusedAndSoIsItsMissingUrl() {
        assertThat(CampaignMailText.check(CampaignKind.REMINDER, "件名", " \n ")).containsExactly(Problem.BODY_BLANK,
                Problem.URL_MISSING);
    }

    @Test
    void aBodyLongerThan10000CharactersIsRefused() {
        assertThat(CampaignMailText.check(CampaignKind.REMINDER, "件名", "{url}" + "あ".repeat(10_000)))
                .containsExactly(Problem.BODY_TOO_LONG);
    }

    @Test
    void controlCharactersAreRefusedButLineBreaksAndTabsInTheBodyAreFine() {
        assertThat(CampaignMailText.check(CampaignKind.REMINDER, "件名", "{url}\n\tインデント\r\n")).isEmpty();
        assertThat(CampaignMailText.check(CampaignKind.REMINDER, "件名", "{url}\u0007")).containsExactly(Problem.CONTROL_CHARACTER);
    }

    @Test
    void aMistypedPlaceholderIsRefusedAndNamed() {
        assertThat(CampaignMailText.check(CampaignKind.INVITATION, "{nmae} 様", BODY)).containsExactly(Problem.UNKNOWN_PLACEHOLDER);
        assertThat(CampaignMailText.badPlaceholders(CampaignKind.INVITATION, "{nmae} 様", BODY + "{nmae}{foo}"))
                .containsExactly("{nmae}", "{foo}");
    }

    @Test
    void resultsBelongToResultNoticesOnly() {
        assertThat(CampaignMailText.check(CampaignKind.REMINDER, "件名", BODY + "{results}"))
                .containsExactly(Problem.PLACEHOLDER_NOT_FOR_KIND);
        assertThat(CampaignMailText.badPlaceholders(CampaignKind.REMINDER, "件名", BODY + "{results}")).containsExactly("{results}");
        assertThat(CampaignMailText.check(CampaignKind.RESULT_NOTICE, "件名", BODY + "{results}")).isEmpty();
    }

    @Test
    void withoutTheUrlMembersCouldNotActAndTheTextIsRefused() {
        assertThat(CampaignMailText.check(CampaignKind.FINAL_NOTICE, "件名", "{name} 様")).containsExactly(Problem.URL_MISSING);
    }

    @Test
    void aTextCannotBeMadeWithAProblemAndSaysItsFirstProblemsCode() {
        assertThatThrownBy(() -> new CampaignMailText(CampaignKind.INVITATION, "", "{name}"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("SUBJECT_BLANK");
    }

    @Test
    void renderingFillsEveryPlaceholderAndNeverReadsTheValuesAsPlaceholders() {
        CampaignMailText text = new CampaignMailText(CampaignKind.INVITATION, "【{insurer}】{name} 様",
                "{name} 様\r\n期限: {deadline}\n{url}\n（{card}）");
        Map<MailPlaceholder, String> v = values();
        v.put(MailPlaceholder.NAME, "{url} $1 \\");

        CampaignMailText.Rendered rendered = text.render(v);

        assertThat(rendered.subject()).isEqualTo("【サンプル健康保険組合】{url} $1 \\ 様");
        assertThat(rendered.body()).isEqualTo("{url} $1 \\ 様\n期限: 2025年8月31日\nhttps://kennin.example.jp/signup\n（記号 01 番号 ※※42）");
    }

    @Test
    void aValueWithALineBreakCannotBreakTheSubject() {
        CampaignMailText text = new CampaignMailText(CampaignKind.REMINDER, "{name} 様", BODY);
        Map<MailPlaceholder, String> v = values();
        v.put(MailPlaceholder.NAME, "山田\r\nBcc: x@example.jp");

        assertThat(text.render(v).subject()).doesNotContain("\n", "\r");
    }

    @ParameterizedTest
    @EnumSource(CampaignKind.class)
    void theBuiltInTextOfEveryKindIsValidAndRendersWithoutABracedNameLeft(CampaignKind kind) {
        CampaignMailText standard = CampaignMailText.standard(kind);

        assertThat(CampaignMailText.check(kind, standard.subject(), standard.body())).isEmpty();
        CampaignMailText.Rendered rendered = standard.render(values());
        assertThat(rendered.subject() + rendered.body()).doesNotContainPattern("\\{[A-Za-z]+}").contains("https://kennin.example.jp/signup");
    }

    @ParameterizedTest
    @EnumSource(CampaignKind.class)
    void theEnglishTextOfEveryKindIsValidUsesTheSamePlaceholdersAndIsInEnglish(CampaignKind kind) {
        CampaignMailText japanese = CampaignMailText.standard(kind);
        CampaignMailText english = CampaignMailText.standard(kind, jp.kenpo.kennin.domain.account.Language.EN);

        assertThat(CampaignMailText.check(kind, english.subject(), english.body())).isEmpty();
        assertThat(english.body()).startsWith("Dear {name},").contains(kind == CampaignKind.RESULT_NOTICE ? "{results}" : "{deadline}")
                .doesNotContainPattern("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
        assertThat(english.subject()).doesNotContainPattern("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
        CampaignMailText.Rendered rendered = english.render(values());
        assertThat(rendered.subject() + rendered.body()).doesNotContainPattern("\\{[A-Za-z]+}").contains("https://kennin.example.jp/signup");
        assertThat(english).isNotEqualTo(japanese);
    }
}
