package jp.kenpo.kennin.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpo.kennin.application.registration.ChooseCredentialsUseCase.ChooseCredentialsCommand;
import jp.kenpo.kennin.application.registration.ChooseCredentialsUseCase.ChooseCredentialsResult;
import jp.kenpo.kennin.application.registration.ConfirmRegistrationUseCase.ConfirmRegistrationCommand;
import jp.kenpo.kennin.application.registration.ConfirmRegistrationUseCase.ConfirmRegistrationResult;
import jp.kenpo.kennin.application.registration.IdentifyMemberUseCase.IdentifyMemberCommand;
import jp.kenpo.kennin.application.registration.IdentifyMemberUseCase.IdentifyMemberResult;
import jp.kenpo.kennin.application.registration.ResendRegistrationCodeUseCase.ResendCodeResult;
import jp.kenpo.kennin.application.registration.ResendRegistrationCodeUseCase.ResendRegistrationCodeCommand;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.text.DateProblem;
import org.junit.jupiter.api.Test;

/**
 * 初回認証 as a member types it: the page says what is accepted, a birth date that is no date is
 * explained at its field (never as the mismatch), a full-width password gets one message naming
 * it, and no sign-up POST answers with a page (post/redirect/get).
 */
class SignUpSaysWhatItAcceptsTest extends WebAppFixture {
    private static final String MISMATCH = "入力された内容では認証できませんでした";

    private static Map<String, String> card(String birthDate) {
        return Map.of("insurerCode", "demo", "symbol", "12", "number", "345", "birthDate", birthDate,
                "kanaName", "けんぽ たろう");
    }

    /** The texts in a field's error list ({@code <div id="birthDate-error">…}). */
    private static String fieldErrors(String page, String field) {
        Matcher m = Pattern.compile("id=\"" + field + "-error\"[^>]*>(.*?)</div>", Pattern.DOTALL).matcher(page);
        return m.find() ? m.group(1) : "";
    }

    @Test
    void thePageSaysFullOrHalfWidthEraDatesAndHiraganaAreAccepted() {
        String page = browser.open("/signup").body();

        assertThat(page).doesNotContain("全て半角入力")
                .contains("全角・半角のどちらで入力しても構いません", "カタカナ・ひらがなのどちらでも", "昭和55年4月1日", "S55.4.1",
                        "YYYY/MM/DD");
    }

    @Test
    void anEraBirthDateGoesOnToChoosingCredentials() {
        browser.open("/signup");

        HttpResponse<String> response = browser.submit("/signup", card("平成5年2月17日"));

        assertThat(response.uri().getPath()).isEqualTo("/signup/credentials");
        assertThat(fakes.callsOf(IdentifyMemberCommand.class).get(0).birthDate()).isEqualTo("平成5年2月17日");
    }

    @Test
    void anImpossibleDateIsExplainedAtTheFieldAndNotAsAMismatch() {
        fakes.identify = new IdentifyMemberResult.BirthDateUnreadable(DateProblem.NO_SUCH_DAY);
        browser.open("/signup");

        String page = browser.submit("/signup", card("1980/6/31")).body();

        assertThat(fieldErrors(page, "birthDate")).contains("生年月日に存在しない日付が入力されています");
        assertThat(page).doesNotContain(MISMATCH).contains("value=\"1980/6/31\"", "value=\"けんぽ たろう\"");
    }

    @Test
    void anUnreadableOrOutOfEraDateNamesTheFormsThatAreAccepted() {
        fakes.identify = new IdentifyMemberResult.BirthDateUnreadable(DateProblem.UNREADABLE);
        browser.open("/signup");
        String unreadable = browser.submit("/signup", card("昭和五十五年")).body();
        assertThat(fieldErrors(unreadable, "birthDate")).contains("読み取れませんでした", "1980/04/01", "昭和55年4月1日");
        assertThat(unreadable).doesNotContain(MISMATCH);

        fakes.identify = new IdentifyMemberResult.BirthDateUnreadable(DateProblem.OUTSIDE_ERA);
        String outside = browser.submit("/signup", card("平成32年1月1日")).body();
        assertThat(fieldErrors(outside, "birthDate")).contains("元号と年月日が合っていません", "平成は元年1月8日から31年4月30日まで");
        assertThat(outside).doesNotContain(MISMATCH);
    }

    @Test
    void aRealMismatchStillGetsTheOneMessageAndNoFieldError() {
        fakes.identify = new IdentifyMemberResult.NotMatched();
        browser.open("/signup");

        String page = browser.submit("/signup", card("1980/04/02")).body();

        assertThat(page).contains(MISMATCH);
        assertThat(fieldErrors(page, "birthDate")).isEmpty();
    }

    @Test
    void aFullWidthPasswordGetsExactlyOneMessageThatNamesIt() {
        String typed = "Ｋｅｎｎｉｎ２０２５！";
        // The violations the manual's policy really finds for it, shown as the page shows them.
        fakes.choose = new ChooseCredentialsResult.Rejected(CredentialPolicy.manualDefault()
                .check("taro.kenpo", typed, typed, LocalDate.of(1980, 4, 1)));
        browser.open("/signup");
        browser.submit("/signup", card("1980/04/01"));

        HttpResponse<String> response = browser.submit("/signup/credentials",
                Map.of("userId", "taro.kenpo", "password", typed, "passwordConfirmation", typed));

        assertThat(response.uri().getPath()).isEqualTo("/signup/credentials");
        String errors = fieldErrors(response.body(), "password");
        assertThat(errors).contains("全角文字は使えません").doesNotContain("英字を1文字以上", "数字を1文字以上", "使用できない文字");
        assertThat(Pattern.compile("<p>").matcher(errors).results().count()).as("messages at the password").isEqualTo(1);
        assertThat(response.body()).contains("value=\"taro.kenpo\"").doesNotContain(typed);
        assertThat(fakes.callsOf(ChooseCredentialsCommand.class)).hasSize(1);
    }

    @Test
    void everySignUpPostAnswersWithARedirectSoAReloadNeverPostsAgain() {
        browser.open("/signup");
        browser.submit("/signup", card("1980/04/01"));
        fakes.choose = new ChooseCredentialsResult.CoolingDown(30);
        HttpResponse<String> refused = post("/signup/credentials", credentials());
        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(browser.open("/signup/credentials").body()).contains("あと30秒お待ちください", "value=\"taro.kenpo\"");
        assertThat(browser.open("/signup/credentials").body()).as("shown once").doesNotContain("あと30秒お待ちください");

        fakes.choose = new ChooseCredentialsResult.CodeSent("ta※※※@example.jp", "kenpo-noreply@example.jp", 10);
        assertThat(post("/signup/credentials", credentials()).statusCode()).isEqualTo(303);

        HttpResponse<String> resent = post("/signup/code/resend", Map.of());
        assertThat(resent.statusCode()).isEqualTo(303);
        assertThat(resent.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/signup/code"));
        assertThat(browser.open("/signup/code").body()).contains("認証コードを再送信しました");

        fakes.resend = new ResendCodeResult.CoolingDown(42);
        assertThat(post("/signup/code/resend", Map.of()).statusCode()).isEqualTo(303);
        assertThat(browser.open("/signup/code").body()).contains("あと42秒お待ちください");
        assertThat(browser.open("/signup/code").body()).as("a reload").doesNotContain("あと42秒お待ちください");
        assertThat(fakes.callsOf(ResendRegistrationCodeCommand.class)).hasSize(2);

        fakes.confirm = new ConfirmRegistrationResult.WrongCode(4);
        assertThat(post("/signup/code", Map.of("code", "111111")).statusCode()).isEqualTo(303);
        assertThat(fieldErrors(browser.open("/signup/code").body(), "code")).contains("あと4回入力できます");

        fakes.confirm = new ConfirmRegistrationResult.Registered("taro.kenpo");
        assertThat(post("/signup/code", Map.of("code", "123456")).statusCode()).isEqualTo(303);
        assertThat(browser.open("/signup/code").body()).contains("登録が完了しました");
        assertThat(fakes.callsOf(ConfirmRegistrationCommand.class)).hasSize(2);
    }

    private HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> form = new HashMap<>(fields);
        form.put("_csrf", browser.csrfToken().orElseThrow());
        return browser.post(path, form, Map.of());
    }

    private static Map<String, String> credentials() {
        return Map.of("userId", "taro.kenpo", "password", "Passw0rd!", "passwordConfirmation", "Passw0rd!");
    }
}
