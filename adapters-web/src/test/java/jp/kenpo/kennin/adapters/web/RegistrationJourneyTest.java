package jp.kenpo.kennin.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.kenpo.kennin.application.registration.ChooseCredentialsUseCase.ChooseCredentialsCommand;
import jp.kenpo.kennin.application.registration.ChooseCredentialsUseCase.ChooseCredentialsResult;
import jp.kenpo.kennin.application.registration.ConfirmRegistrationUseCase.ConfirmRegistrationCommand;
import jp.kenpo.kennin.application.registration.ConfirmRegistrationUseCase.ConfirmRegistrationResult;
import jp.kenpo.kennin.application.registration.IdentifyMemberUseCase.IdentifyMemberCommand;
import jp.kenpo.kennin.application.registration.IdentifyMemberUseCase.IdentifyMemberResult;
import jp.kenpo.kennin.application.registration.ResendRegistrationCodeUseCase.ResendCodeResult;
import jp.kenpo.kennin.domain.credential.CredentialField;
import jp.kenpo.kennin.domain.credential.CredentialViolation;
import org.junit.jupiter.api.Test;

class RegistrationJourneyTest extends WebAppFixture {
    private static final Map<String, String> TYPED = Map.of("insurerCode", "ｄｅｍｏ", "symbol", "１２", "number", " 345 ",
            "birthDate", "1980/04/01", "kanaName", "ｹﾝﾎﾟ　タロウ");

    @Test
    void theFirstTimeVerificationPageShowsTheManualsFieldsButtonAndCaution() {
        String page = browser.open("/signup").body();

        assertThat(page).contains("lang=\"ja\"", "name=\"viewport\"", "<h1>初回認証</h1>");
        for (String label : List.of("保険者指定コード", "記号", "番号", "生年月日", "氏名（カナ）")) {
            assertThat(page).contains(">" + label + "</label>");
        }
        assertThat(page).contains("<label for=\"insurerCode\">", "<label for=\"symbol\">", "<label for=\"number\">",
                "<label for=\"birthDate\">", "<label for=\"kanaName\">");
        assertThat(page).contains("YYYY/MM/DD", ">認証</button>", "※注意※",
                "昨年のIDとパスワードはリセットされているため、初回ログイン画面からご登録をお願いします");
    }

    @Test
    void typedValuesReachTheUseCaseUnchanged() {
        browser.open("/signup");
        browser.submit("/signup", TYPED);

        IdentifyMemberCommand command = fakes.callsOf(IdentifyMemberCommand.class).get(0);
        assertThat(command.insurerCode()).isEqualTo("ｄｅｍｏ");
        assertThat(command.symbol()).isEqualTo("１２");
        assertThat(command.number()).isEqualTo(" 345 ");
        assertThat(command.birthDate()).isEqualTo("1980/04/01");
        assertThat(command.kanaName()).isEqualTo("ｹﾝﾎﾟ　タロウ");
        assertThat(command.client().value()).isEqualTo("127.0.0.1");
    }

    @Test
    void aMismatchGetsOneMessageThatNamesNoFieldAndKeepsTheTypedValuesEscaped() {
        fakes.identify = new IdentifyMemberResult.NotMatched();
        browser.open("/signup");

        String page = browser.submit("/signup", Map.of("insurerCode", "demo", "symbol", "12", "number", "345",
                "birthDate", "1980/04/01", "kanaName", "\"><script>alert(1)</script>")).body();

        assertThat(page).contains("入力された内容では認証できませんでした").contains("role=\"alert\"");
        // JTE escapes by context: inside a quoted attribute the quote and '<' are what matter.
        assertThat(page).doesNotContain("<script>alert(1)</script>", "\"><script>")
                .contains("value=\"&#34;>&lt;script>alert(1)&lt;/script>\"");
        assertThat(page).contains("value=\"demo\"", "value=\"12\"");
    }

    @Test
    void aThrottledVisitorIsToldUntilWhenToWaitInJapanTime() {
        fakes.identify = new IdentifyMemberResult.Throttled(Instant.parse("2025-09-01T00:15:00Z"));
        browser.open("/signup");

        String page = browser.submit("/signup", TYPED).body();

        assertThat(page).contains("09:15以降にもう一度お試しください");
    }

    @Test
    void identificationRotatesTheSessionAndLeadsToChoosingCredentials() {
        browser.open("/signup");
        String before = browser.sessionId().orElse("(no session before identification)");

        HttpResponse<String> response = browser.submit("/signup", TYPED);

        assertThat(response.uri().getPath()).isEqualTo("/signup/credentials");
        assertThat(browser.sessionId()).isPresent().get().isNotEqualTo(before);
        String page = response.body();
        assertThat(page).contains("メールアドレス", "ta※※※@example.jp", "この画面ではメールアドレスの変更はできません", "ログイン後に変更してください");
        assertThat(page).contains("<label for=\"userId\">ユーザID</label>", "<label for=\"password\">パスワード</label>",
                "<label for=\"passwordConfirmation\">パスワード（確認）</label>", ">作成する</button>");
        assertThat(page).contains("6桁以上50桁以内", "8桁以上20桁以内", "? ! @ # $ % &amp; ( ) _ +");
    }

    @Test
    void credentialsCannotBeChosenWithoutBeingIdentifiedFirst() {
        HttpResponse<String> response = browser.open("/signup/credentials");

        assertThat(response.uri().getPath()).isEqualTo("/signup");
        assertThat(response.body()).contains("初回認証からやり直してください");
    }

    @Test
    void eachBrokenRuleIsShownNextToItsFieldAndPasswordsAreNotSentBack() {
        fakes.choose = new ChooseCredentialsResult.Rejected(List.of(
                new CredentialViolation(CredentialField.USER_ID, "credential.userId.length", List.of(6, 50)),
                new CredentialViolation(CredentialField.PASSWORD, "credential.password.symbol", List.of("?!@#$%&()_+")),
                new CredentialViolation(CredentialField.PASSWORD_CONFIRMATION, "credential.confirmation.mismatch", List.of())));
        identify();

        String page = browser.submit("/signup/credentials", Map.of("userId", "abc", "password", "Secret123",
                "passwordConfirmation", "Secret124")).body();

        assertThat(page).containsPattern("aria-describedby=\"userId-hint userId-error\"[^>]*>\\s*<div class=\"field-error\" id=\"userId-error\">\\s*<p>ユーザIDは6桁以上50桁以内で設定してください。</p>");
        assertThat(page).containsPattern("id=\"password-error\">\\s*<p>パスワードには記号（\\?!@#\\$%&amp;\\(\\)_\\+）を1文字以上含めてください。</p>");
        assertThat(page).containsPattern("id=\"passwordConfirmation-error\">\\s*<p>パスワードとパスワード（確認）が一致しません。</p>");
        assertThat(page).contains("value=\"abc\"").doesNotContain("Secret123", "Secret124");
        ChooseCredentialsCommand command = fakes.callsOf(ChooseCredentialsCommand.class).get(0);
        assertThat(command.member()).isEqualTo(FakeUseCases.MEMBER);
        assertThat(command.password()).isEqualTo("Secret123");
        assertThat(command.passwordConfirmation()).isEqualTo("Secret124");
    }

    @Test
    void theCodePageSaysWhereTheCodeWentFromWhomForHowLongAndAboutSpam() {
        identify();

        HttpResponse<String> response = browser.submit("/signup/credentials", credentials());

        assertThat(response.uri().getPath()).isEqualTo("/signup/code");
        String page = response.body();
        assertThat(page).contains("ta※※※@example.jp", "「kenpo-noreply@example.jp」から6桁の認証コード", "10分以内",
                "迷惑メールフォルダ", "「@example.jp」");
        assertThat(page).contains("<label for=\"code\">認証コード</label>", "inputmode=\"numeric\"",
                "autocomplete=\"one-time-code\"", ">OK</button>", "action=\"/signup/code/resend\"", ">認証コードを再送信</button>");
    }

    @Test
    void aWrongCodeShowsTheTriesLeftNextToTheField() {
        fakes.confirm = new ConfirmRegistrationResult.WrongCode(3);
        reachCodePage();

        String page = browser.submit("/signup/code", Map.of("code", "１２３４５６")).body();

        assertThat(page).containsPattern("id=\"code-error\">\\s*<p>認証コードが正しくありません。あと3回入力できます。</p>");
        assertThat(fakes.callsOf(ConfirmRegistrationCommand.class).get(0).code()).isEqualTo("１２３４５６");
    }

    @Test
    void tooManyTriesAndExpiryExplainHowToGetANewCode() {
        fakes.confirm = new ConfirmRegistrationResult.TooManyTries();
        reachCodePage();
        assertThat(browser.submit("/signup/code", Map.of("code", "123456")).body()).contains("「認証コードを再送信」から新しい認証コード");

        fakes.confirm = new ConfirmRegistrationResult.Expired();
        assertThat(browser.submit("/signup/code", Map.of("code", "123456")).body()).contains("有効期限が切れました", "「認証コードを再送信」");
    }

    @Test
    void aTakenUserIdSendsTheMemberBackToChooseAnother() {
        fakes.confirm = new ConfirmRegistrationResult.UserIdTaken();
        reachCodePage();

        HttpResponse<String> response = browser.submit("/signup/code", Map.of("code", "123456"));

        assertThat(response.uri().getPath()).isEqualTo("/signup/credentials");
        assertThat(response.body()).contains("別のユーザIDを設定してください");
    }

    @Test
    void resendingTooSoonShowsTheCoolDown() {
        fakes.resend = new ResendCodeResult.CoolingDown(42);
        reachCodePage();

        String page = browser.submit("/signup/code/resend", Map.of()).body();

        assertThat(page).contains("あと42秒お待ちください");
    }

    @Test
    void resendingConfirmsANewCodeWasSent() {
        reachCodePage();

        HttpResponse<String> response = browser.submit("/signup/code/resend", Map.of());

        assertThat(response.uri().getPath()).isEqualTo("/signup/code");
        assertThat(response.body()).contains("認証コードを再送信しました");
    }

    @Test
    void aMemberWhoIsAlreadyRegisteredIsToldToLogInOrResetThePassword() {
        fakes.confirm = new ConfirmRegistrationResult.AlreadyRegistered();
        reachCodePage();

        String page = browser.submit("/signup/code", Map.of("code", "123456")).body();

        assertThat(page).contains("すでに今年度の登録が済んでいます", "お知らせをお送りしました", "href=\"/login\"",
                "<a href=\"/forgot/password\">パスワードを忘れた方</a>").doesNotContain("登録が完了しました");
        // Shown by GET: a reload shows it again and posts nothing; the code form is gone.
        assertThat(browser.open("/signup/code").body()).contains("すでに今年度の登録が済んでいます")
                .doesNotContain("action=\"/signup/code\"");
        assertThat(fakes.callsOf(ConfirmRegistrationCommand.class)).hasSize(1);
    }

    @Test
    void aLockedRecordTellsTheMemberToContactTheInsurerWhereverItIsMet() {
        fakes.confirm = new ConfirmRegistrationResult.Locked();
        reachCodePage();
        assertThat(browser.submit("/signup/code", Map.of("code", "123456")).body()).contains("健康保険組合へお問い合わせください");

        fakes.resend = new ResendCodeResult.Locked();
        assertThat(browser.submit("/signup/code/resend", Map.of()).body()).contains("健康保険組合へお問い合わせください");

        fakes.choose = new ChooseCredentialsResult.Locked();
        browser.open("/signup/credentials");
        assertThat(browser.submit("/signup/credentials", credentials()).body()).contains("健康保険組合へお問い合わせください");
    }

    @Test
    void choosingCredentialsTooSoonOrTooOftenSaysWhenACodeCanBeSent() {
        identify();
        fakes.choose = new ChooseCredentialsResult.CoolingDown(37);
        assertThat(browser.submit("/signup/credentials", credentials()).body()).contains("あと37秒お待ちください");

        fakes.choose = new ChooseCredentialsResult.DailyLimitReached();
        assertThat(browser.submit("/signup/credentials", credentials()).body()).contains("本日はこれ以上認証コードを送信できません");

        fakes.resend = new ResendCodeResult.DailyLimitReached();
        fakes.choose = new ChooseCredentialsResult.CodeSent("ta※※※@example.jp", "kenpo-noreply@example.jp", 10);
        browser.submit("/signup/credentials", credentials());
        assertThat(browser.submit("/signup/code/resend", Map.of()).body()).contains("本日はこれ以上認証コードを送信できません");
    }

    @Test
    void theRightCodeShowsAnInPageCompletionDialogThatLeadsToLogin() {
        reachCodePage();

        String page = browser.submit("/signup/code", Map.of("code", "123456")).body();

        assertThat(page).containsPattern("<dialog open class=\"dialog\" aria-modal=\"true\" aria-labelledby=\"complete-title\"");
        assertThat(page).contains("登録が完了しました", "<a class=\"button primary\" href=\"/login\" autofocus>OK</a>");
        assertThat(page).doesNotContain("<script");
        // Post/redirect/get: a reload shows the dialog again without posting the code again.
        HttpResponse<String> reload = browser.open("/signup/code");
        assertThat(reload.body()).contains("登録が完了しました").doesNotContain("action=\"/signup/code\"");
        assertThat(fakes.callsOf(ConfirmRegistrationCommand.class)).hasSize(1);
        // The signup state is gone: once the member leaves for 初回認証, the code page cannot be used again.
        browser.open("/signup");
        assertThat(browser.open("/signup/code").uri().getPath()).isEqualTo("/signup");
    }

    private void identify() {
        browser.open("/signup");
        browser.submit("/signup", TYPED);
    }

    private void reachCodePage() {
        identify();
        browser.submit("/signup/credentials", credentials());
    }

    private static Map<String, String> credentials() {
        return Map.of("userId", "taro.kenpo", "password", "Passw0rd!", "passwordConfirmation", "Passw0rd!");
    }
}
