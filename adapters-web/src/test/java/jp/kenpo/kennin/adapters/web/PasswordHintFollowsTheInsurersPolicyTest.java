package jp.kenpo.kennin.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.kenpo.kennin.application.account.ResetPasswordUseCase.ResetPasswordResult;
import jp.kenpo.kennin.application.registration.ChooseCredentialsUseCase.ChooseCredentialsResult;
import jp.kenpo.kennin.application.registration.IdentifyMemberUseCase.IdentifyMemberResult;
import jp.kenpo.kennin.domain.credential.CredentialField;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.credential.CredentialViolation;
import org.junit.jupiter.api.Test;

/** The hint under a new password tells the rules of the member's own insurer, at sign-up and at reset. */
class PasswordHintFollowsTheInsurersPolicyTest extends WebAppFixture {
    private static final Map<String, String> CARD = Map.of("insurerCode", "demo", "symbol", "12", "number", "345",
            "birthDate", "1980/04/01", "kanaName", "ケンポ タロウ");
    private static final String MANUAL_HINT = "英字・数字・記号をそれぞれ1文字以上使い、8桁以上20桁以内で設定";
    private static final String NIST_HINT = "15文字以上128文字以内で設定。英字・数字・記号・スペース・ひらがなや漢字など、どの文字も使えます。";

    private void insurerOfTheSigningUpMemberHas(CredentialPolicy policy) {
        fakes.identify = new IdentifyMemberResult.Identified(FakeUseCases.MEMBER, "demo", "ta※※※@example.jp", policy);
    }

    @Test
    void aMemberOfAnInsurerWithTheManualsRulesIsShownTheManualsHint() {
        browser.open("/signup");

        String page = browser.submit("/signup", CARD).body();

        assertThat(page).contains(MANUAL_HINT).doesNotContain(NIST_HINT);
    }

    @Test
    void aMemberOfAnInsurerWithNistRulesIsShownTheirHintAlsoAfterARefusal() {
        insurerOfTheSigningUpMemberHas(CredentialPolicy.nist());
        browser.open("/signup");

        String page = browser.submit("/signup", CARD).body();
        assertThat(page).contains(NIST_HINT).doesNotContain(MANUAL_HINT);

        fakes.choose = new ChooseCredentialsResult.Rejected(List.of(
                new CredentialViolation(CredentialField.PASSWORD, "credential.password.length", List.of(15, 128))));
        String again = browser.submit("/signup/credentials", Map.of("userId", "taro.kenpo", "password", "short",
                "passwordConfirmation", "short")).body();
        assertThat(again).contains(NIST_HINT).doesNotContain(MANUAL_HINT);
    }

    @Test
    void anInsurerWithOtherListedRulesShowsItsOwnLengthsAndSymbols() {
        insurerOfTheSigningUpMemberHas(new CredentialPolicy(6, 50, "@-_.+", 10, 32, "!#", true, true, true, false));
        browser.open("/signup");

        String page = browser.submit("/signup", CARD).body();

        assertThat(page).contains("半角の英字・数字と記号で10桁以上32桁以内で設定。使用できる記号：!#").doesNotContain(MANUAL_HINT);
    }

    @Test
    void aResetLinkOfAMemberWithTheManualsRulesShowsTheManualsHint() {
        String page = browser.open("/password/reset?token=good-token").body();

        assertThat(page).contains(MANUAL_HINT).doesNotContain(NIST_HINT);
    }

    @Test
    void aResetLinkOfAMemberWithNistRulesShowsTheirHintAlsoAfterARefusal() {
        fakes.resetPolicy = CredentialPolicy.nist();

        String page = browser.open("/password/reset?token=good-token").body();
        assertThat(page).contains(NIST_HINT).doesNotContain(MANUAL_HINT);

        fakes.resetPassword = new ResetPasswordResult.Rejected(List.of(
                new CredentialViolation(CredentialField.PASSWORD, "credential.password.length", List.of(15, 128))));
        String again = browser.submit("/password/reset", Map.of("token", "good-token", "password", "short",
                "passwordConfirmation", "short")).body();
        assertThat(again).contains(NIST_HINT, "パスワードは15桁以上128桁以内で設定してください").doesNotContain(MANUAL_HINT);
    }
}
