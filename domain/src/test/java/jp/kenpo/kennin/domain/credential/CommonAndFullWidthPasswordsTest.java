package jp.kenpo.kennin.domain.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The block-list applies under the manual's policy; full-width input gets one clear message, not four. */
class CommonAndFullWidthPasswordsTest {
    private static final CredentialPolicy MANUAL = CredentialPolicy.manualDefault();
    private static final LocalDate BIRTH = LocalDate.of(1980, 4, 1);

    private static List<String> codes(CredentialPolicy policy, String password) {
        return policy.check("taro.yamada", password, password, BIRTH).stream().map(CredentialViolation::code).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Password1!", "Qwerty123!", "P@ssw0rd1!", "p@ssw0rd!", "Sakura2024!", "Letmein1!", "Abc12345!", "Iloveyou1!",
            "1Qaz2wsx!", "Doraemon1!", "Kenpo2025!", "Ｐａｓｓｗｏｒｄ１！", "PASSWORD123!"})
    void aCommonPasswordOrATrivialVariantIsRefusedEvenThoughItMeetsTheManualsRules(String password) {
        assertThat(codes(MANUAL, password)).contains("credential.password.common");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kennin2025!x", "Tsuru8#Kame", "Gr33n!Tea-Pot", "mY7(bicycle)"})
    void anUncommonPasswordIsNotBlocked(String password) {
        assertThat(codes(MANUAL, password)).doesNotContain("credential.password.common");
    }

    @Test
    void fullWidthInputGetsOneClearMessageInsteadOfFour() {
        assertThat(codes(MANUAL, "Ａｂｃｄｅ１！ｘ")).containsExactly("credential.password.fullWidth");
        assertThat(codes(MANUAL, "Kennin2025！")).containsExactly("credential.password.fullWidth");
    }

    @ParameterizedTest
    @ValueSource(strings = {"けんにん2025!", "健保Kennin1!", "ｹﾝﾎﾟkennin1!", "Kennin　2025!", "Ｋｅｎｎｉｎ２０２５！"})
    void kanaKanjiAndEveryOtherCharacterTypedWithTheImeOnGetTheSameOneMessage(String password) {
        assertThat(codes(MANUAL, password)).containsExactly("credential.password.fullWidth");
    }

    @Test
    void theBlockedViolationIsReportedOnThePasswordField() {
        assertThat(MANUAL.check("taro.yamada", "Password1!", "Password1!", BIRTH))
                .filteredOn(v -> v.code().equals("credential.password.common"))
                .singleElement().extracting(CredentialViolation::field).isEqualTo(CredentialField.PASSWORD);
    }
}
