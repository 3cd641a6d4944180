package jp.kenpo.kennin.domain.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import jp.kenpo.kennin.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The manual's rules: user ID 6–50 of letters, digits and @-_.+; password 8–20 with a letter, a digit and one of ?!@#$%&()_+. */
class CredentialPolicyTest {
    private static final CredentialPolicy MANUAL = CredentialPolicy.manualDefault();
    private static final LocalDate BIRTH = LocalDate.of(1980, 4, 1);
    private static final String GOOD_ID = "taro.yamada";
    private static final String GOOD_PASSWORD = "Kennin2025!";

    private static List<String> codes(String userId, String password, String confirmation) {
        return MANUAL.check(userId, password, confirmation, BIRTH).stream().map(CredentialViolation::code).toList();
    }

    private static List<String> passwordCodes(String password) {
        return codes(GOOD_ID, password, password);
    }

    @Test
    void theManualsExampleIsAccepted() {
        assertThat(MANUAL.check(GOOD_ID, GOOD_PASSWORD, GOOD_PASSWORD, BIRTH)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] user ID of {0} characters")
    @CsvSource({"5, false", "6, true", "50, true", "51, false"})
    void userIdLengthBoundaries(int length, boolean accepted) {
        List<CredentialViolation> violations = MANUAL.checkUserId("u".repeat(length));
        if (accepted) {
            assertThat(violations).isEmpty();
        } else {
            assertThat(violations).singleElement().satisfies(v -> {
                assertThat(v.field()).isEqualTo(CredentialField.USER_ID);
                assertThat(v.code()).isEqualTo("credential.userId.length");
                assertThat(v.args()).containsExactly(6, 50);
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"taro@omron", "taro-yamada", "taro_yamada", "taro.yamada", "taro+2025", "TARO2025", "123456"})
    void userIdMayUseLettersDigitsAndTheFiveSymbols(String userId) {
        assertThat(MANUAL.checkUserId(userId)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"taro#yamada", "taro yamada", "taro!yamada", "ｔａｒｏｙａｍａｄａ", "たろうやまだです", "taro/yamada"})
    void userIdWithOtherCharactersIsRefused(String userId) {
        assertThat(MANUAL.checkUserId(userId)).extracting(CredentialViolation::code).containsExactly("credential.userId.chars");
    }

    @Test
    void aMissingUserIdIsTooShort() {
        assertThat(MANUAL.checkUserId(null)).extracting(CredentialViolation::code).containsExactly("credential.userId.length");
    }

    @ParameterizedTest(name = "[{index}] password of {0} characters")
    @CsvSource({"7, false", "8, true", "20, true", "21, false"})
    void passwordLengthBoundaries(int length, boolean accepted) {
        String password = "Ab1!" + "x".repeat(length - 4);
        if (accepted) {
            assertThat(passwordCodes(password)).isEmpty();
        } else {
            assertThat(passwordCodes(password)).containsExactly("credential.password.length");
        }
    }

    @ParameterizedTest(name = "[{index}] {0} breaks {1}")
    @CsvSource({
            "kqzvtmw!,   credential.password.digit",
            "93847261!,  credential.password.letter",
            "Kqzvtmw1,   credential.password.symbol",
            "Kqzvt1!^,   credential.password.chars",
            "'Abcd 1!x', credential.password.chars",
            "Kqzvt1!＃,   credential.password.fullWidth",
    })
    void eachMissingKindOrBadCharacterIsNamed(String password, String code) {
        assertThat(passwordCodes(password)).containsExactly(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"?", "!", "@", "#", "$", "%", "&", "(", ")", "_", "+"})
    void everyListedSymbolCounts(String symbol) {
        assertThat(passwordCodes("Kqzvtm1" + symbol)).isEmpty();
    }

    @Test
    void fullWidthLettersAndDigitsAreNotTheAllowedOnes() {
        // One message that says what to do (半角で), not four stacked ones that all say the same thing.
        assertThat(passwordCodes("Ａｂｃｄｅ１！ｘ")).containsExactly("credential.password.fullWidth");
    }

    @Test
    void caseMixIsNotRequiredByTheManual() {
        assertThat(passwordCodes("kennin2025!")).isEmpty();
        assertThat(passwordCodes("KENNIN2025!")).isEmpty();
    }

    @Test
    void aPolicyMayRequireMixedCase() {
        CredentialPolicy strict = new CredentialPolicy(6, 50, "@-_.+", 8, 20, "?!@#$%&()_+", true, true, true, true);
        assertThat(strict.check(GOOD_ID, "kennin2025!", "kennin2025!", BIRTH)).extracting(CredentialViolation::code)
                .containsExactly("credential.password.mixedCase");
    }

    @Test
    void thePasswordMayNotBeTheUserIdInAnyCase() {
        assertThat(codes("mizuho_2025", "MIZUHO_2025", "MIZUHO_2025")).containsExactly("credential.password.equalsUserId");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"Ab19800401!", "Ab800401!x"})
    void thePasswordMayNotContainTheBirthDate(String password) {
        assertThat(passwordCodes(password)).containsExactly("credential.password.containsBirthDate");
    }

    @Test
    void monthAndDayAloneAreNotTheBirthDate() {
        assertThat(passwordCodes("Abc0401!xy")).isEmpty();
    }

    @Test
    void theConfirmationMustRepeatThePassword() {
        assertThat(MANUAL.check(GOOD_ID, GOOD_PASSWORD, "Kennin2025?", BIRTH)).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo(CredentialField.PASSWORD_CONFIRMATION);
            assertThat(v.code()).isEqualTo("credential.confirmation.mismatch");
        });
    }

    @Test
    void everyBrokenRuleIsReportedInFormOrder() {
        assertThat(MANUAL.check("ab", "kqz", "kqx", BIRTH)).extracting(CredentialViolation::field).containsExactly(
                CredentialField.USER_ID, CredentialField.PASSWORD, CredentialField.PASSWORD, CredentialField.PASSWORD,
                CredentialField.PASSWORD_CONFIRMATION);
    }

    @Test
    void aPasswordResetChecksThePasswordAlone() {
        assertThat(MANUAL.checkPassword("x", GOOD_PASSWORD, GOOD_PASSWORD, BIRTH)).isEmpty();
        assertThat(MANUAL.checkPassword(GOOD_ID, "Ab19800401!", "Ab19800401!", BIRTH)).extracting(CredentialViolation::code)
                .containsExactly("credential.password.containsBirthDate");
    }

    @Test
    void aPolicyWeakerThanEightCharactersCannotBeConfigured() {
        assertThatThrownBy(() -> new CredentialPolicy(6, 50, "", 7, 20, "!", true, true, true, false))
                .isInstanceOf(InvalidValueException.class).hasMessage("credential.policy.invalid");
    }
}
