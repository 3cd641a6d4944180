package jp.kenpo.kennin.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.kenpo.kennin.application.account.ConfirmEmailChangeUseCase.ConfirmEmailChangeCommand;
import jp.kenpo.kennin.application.account.ConfirmEmailChangeUseCase.ConfirmEmailChangeResult;
import jp.kenpo.kennin.application.account.RemindUserIdUseCase.RemindUserIdCommand;
import jp.kenpo.kennin.application.account.RequestEmailChangeUseCase.RequestEmailChangeCommand;
import jp.kenpo.kennin.application.account.RequestEmailChangeUseCase.RequestEmailChangeResult;
import jp.kenpo.kennin.application.account.RequestPasswordResetUseCase.RequestPasswordResetCommand;
import jp.kenpo.kennin.application.account.RequestPasswordResetUseCase.RequestPasswordResetResult;
import jp.kenpo.kennin.application.account.ResetPasswordUseCase.ResetPasswordCommand;
import jp.kenpo.kennin.application.account.ResetPasswordUseCase.ResetPasswordResult;
import jp.kenpo.kennin.domain.credential.CredentialField;
import jp.kenpo.kennin.domain.credential.CredentialViolation;
import org.junit.jupiter.api.Test;

class AccountJourneyTest extends WebAppFixture {

    @Test
    void changingTheMailAddressTakesTheNewAddressTwiceThenTheCodeAndEndsOnTheMainScreen() {
        logIn();
        String form = browser.open("/account/email").body();
        assertThat(form).contains("<label for=\"newEmail\">新しいメールアドレス</label>",
                "<label for=\"newEmailConfirmation\">新しいメールアドレス（確認）</label>");

        HttpResponse<String> codePage = browser.submit("/account/email",
                Map.of("newEmail", "new@example.jp", "newEmailConfirmation", "new@example.jp", "currentPassword", "Passw0rd!"));
        assertThat(codePage.uri().getPath()).isEqualTo("/account/email/confirm");
        assertThat(codePage.body()).contains("ne※※※@example.jp", "<label for=\"code\">確認コード</label>");

        HttpResponse<String> home = browser.submit("/account/email/confirm", Map.of("code", "123456"));

        assertThat(home.uri().getPath()).isEqualTo("/home");
        assertThat(home.body()).contains("メールアドレスを変更しました（ne※※※@example.jp）");
        RequestEmailChangeCommand request = fakes.callsOf(RequestEmailChangeCommand.class).get(0);
        assertThat(request.account()).isEqualTo(FakeUseCases.ACCOUNT);
        assertThat(request.newEmail()).isEqualTo("new@example.jp");
        assertThat(fakes.callsOf(ConfirmEmailChangeCommand.class).get(0).code()).isEqualTo("123456");
        // The flash is shown once.
        assertThat(browser.open("/home").body()).doesNotContain("メールアドレスを変更しました");
    }

    @Test
    void aMismatchedConfirmationIsShownUnderTheConfirmationField() {
        fakes.requestEmailChange = new RequestEmailChangeResult.Invalid("email.confirmation.mismatch");
        logIn();
        browser.open("/account/email");

        String page = browser.submit("/account/email", Map.of("newEmail", "a@example.jp", "newEmailConfirmation", "b@example.jp",
                "currentPassword", "Passw0rd!")).body();

        assertThat(page).containsPattern("id=\"newEmailConfirmation-error\">\\s*<p>メールアドレスとメールアドレス（確認）が一致しません。");
    }

    @Test
    void aVoidCodeSendsTheMemberBackToEnterTheAddressAgain() {
        fakes.confirmEmailChange = new ConfirmEmailChangeResult.TooManyTries();
        logIn();
        browser.open("/account/email");
        browser.submit("/account/email", Map.of("newEmail", "new@example.jp", "newEmailConfirmation", "new@example.jp", "currentPassword", "Passw0rd!"));

        HttpResponse<String> response = browser.submit("/account/email/confirm", Map.of("code", "000000"));

        assertThat(response.uri().getPath()).isEqualTo("/account/email");
        assertThat(response.body()).contains("もう一度メールアドレスを入力してください");
    }

    @Test
    void forgotPasswordAnswersTheSameWhetherOrNotTheAccountExists() {
        browser.open("/forgot/password");
        String known = browser.submit("/forgot/password", Map.of("userId", "taro.kenpo", "email", "taro@example.jp")).body();
        browser.open("/forgot/password");
        String unknown = browser.submit("/forgot/password", Map.of("userId", "nobody", "email", "nobody@example.jp")).body();

        assertThat(known).isEqualTo(unknown).contains("入力された内容が登録内容と一致した場合は", "30分")
                .doesNotContain("taro", "nobody");
        // Shown by GET after a redirect, once: a reload neither posts again nor says it again.
        assertThat(browser.open("/forgot/password").body()).doesNotContain("入力された内容が登録内容と一致した場合は")
                .contains("name=\"userId\"");
        assertThat(fakes.callsOf(RequestPasswordResetCommand.class)).hasSize(2);
        assertThat(fakes.callsOf(RequestPasswordResetCommand.class)).extracting(RequestPasswordResetCommand::userId)
                .containsExactly("taro.kenpo", "nobody");
    }

    @Test
    void forgotPasswordWhenThrottledSaysWhenToRetry() {
        fakes.requestPasswordReset = new RequestPasswordResetResult.Throttled(Instant.parse("2025-09-01T03:05:00Z"));
        browser.open("/forgot/password");

        assertThat(browser.submit("/forgot/password", Map.of("userId", "a", "email", "b@example.jp")).body()).contains("12:05以降");
    }

    @Test
    void forgotUserIdAnswersTheSameAlways() {
        String page = browser.open("/forgot/user-id").body();
        assertThat(page).contains("<label for=\"insurerCode\">保険者指定コード</label>", "<label for=\"email\">メールアドレス</label>");

        String first = browser.submit("/forgot/user-id", Map.of("insurerCode", "demo", "email", "taro@example.jp")).body();
        browser.open("/forgot/user-id");
        String second = browser.submit("/forgot/user-id", Map.of("insurerCode", "other", "email", "x@example.jp")).body();

        assertThat(first).isEqualTo(second).contains("ユーザIDをメールで送信しました");
        assertThat(fakes.callsOf(RemindUserIdCommand.class)).extracting(RemindUserIdCommand::insurerCode).containsExactly("demo", "other");
    }

    @Test
    void anUnusableResetLinkIsExplained() {
        String page = browser.open("/password/reset?token=stale").body();

        assertThat(page).contains("このURLは使用できません", "href=\"/forgot/password\"").doesNotContain("name=\"password\"");
    }

    @Test
    void aValidResetLinkSetsANewPasswordAndLeadsToLogin() {
        String form = browser.open("/password/reset?token=good-token").body();
        assertThat(form).contains("name=\"token\" value=\"good-token\"", "<label for=\"password\">新しいパスワード</label>");

        HttpResponse<String> response = browser.submit("/password/reset",
                Map.of("token", "good-token", "password", "N3w!passw", "passwordConfirmation", "N3w!passw"));

        assertThat(response.uri().getPath()).isEqualTo("/login");
        assertThat(response.body()).contains("パスワードを再設定しました");
        ResetPasswordCommand command = fakes.callsOf(ResetPasswordCommand.class).get(0);
        assertThat(command.token()).isEqualTo("good-token");
        assertThat(command.password()).isEqualTo("N3w!passw");
    }

    @Test
    void aRejectedNewPasswordIsExplainedNextToTheFieldAndNotSentBack() {
        fakes.resetPassword = new ResetPasswordResult.Rejected(List.of(
                new CredentialViolation(CredentialField.PASSWORD, "credential.password.length", List.of(8, 20))));
        browser.open("/password/reset?token=good-token");

        String page = browser.submit("/password/reset", Map.of("token", "good-token", "password", "short", "passwordConfirmation", "short")).body();

        assertThat(page).containsPattern("id=\"password-error\">\\s*<p>パスワードは8桁以上20桁以内で設定してください。");
        assertThat(page).doesNotContain("value=\"short\"");
    }
}
