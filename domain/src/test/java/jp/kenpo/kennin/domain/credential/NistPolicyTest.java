package jp.kenpo.kennin.domain.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import jp.kenpo.kennin.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An insurer that chooses NIST SP 800-63B: long passphrases in any script, no composition rules, the block-list. */
class NistPolicyTest {
    private static final CredentialPolicy NIST = CredentialPolicy.nist();
    private static final LocalDate BIRTH = LocalDate.of(1980, 4, 1);

    private static List<String> codes(String password) {
        return NIST.check("taro.yamada", password, password, BIRTH).stream().map(CredentialViolation::code).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery staple", "すもももももももものうち、桃も李も", "Ｔｏｋｙｏ タワー の 夜景 2009", "lowercase only passphrase"})
    void anyCharactersIncludingSpacesAndJapaneseWithoutCompositionRules(String password) {
        assertThat(codes(password)).isEmpty();
    }

    @Test
    void fifteenToOneHundredTwentyEightCharactersCountedAsCodePoints() {
        assertThat(codes("a quiet brook!")).containsExactly("credential.password.length"); // 14
        assertThat(codes("a quiet brook!?")).isEmpty(); // 15
        assertThat(codes("𠮷野家の牛丼を食べに行こう!!!")).as("15 code points, 16 UTF-16 units").isEmpty();
        String longest = "walk the dog ".repeat(10).substring(0, 128);
        assertThat(codes(longest)).isEmpty();
        assertThat(codes(longest + "x")).containsExactly("credential.password.length");
        assertThat(NIST.passwordMaxLength()).isGreaterThanOrEqualTo(64);
    }

    @ParameterizedTest
    @ValueSource(strings = {"passwordpassword", "Password1234567!", "qwertyuiop123456", "aaaaaaaaaaaaaaaa", "1234567890123456"})
    void theBlockListAppliesHereToo(String password) {
        assertThat(codes(password)).contains("credential.password.common");
    }

    @Test
    void controlCharactersAreRefused() {
        assertThat(codes("line one\nline two!!")).containsExactly("credential.password.control");
        assertThat(codes("nul\u0000inside the phrase")).containsExactly("credential.password.control");
    }

    @Test
    void userIdAndBirthDateRulesStillApply() {
        assertThat(NIST.check("taro.yamada.kenpo", "TARO.YAMADA.KENPO", "TARO.YAMADA.KENPO", BIRTH))
                .extracting(CredentialViolation::code).containsExactly("credential.password.equalsUserId");
        assertThat(codes("born on 19800401 in spring")).containsExactly("credential.password.containsBirthDate");
    }

    @Test
    void aPolicyOfAnyCharactersMayNotAddCompositionRulesOrCapTheLengthBelow64() {
        assertThatThrownBy(() -> new CredentialPolicy(6, 50, "@-_.+", 15, 63, "", false, false, false, false, PasswordCharacters.ANY))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new CredentialPolicy(6, 50, "@-_.+", 15, 128, "", true, false, false, false, PasswordCharacters.ANY))
                .isInstanceOf(InvalidValueException.class);
        assertThat(new CredentialPolicy(6, 50, "@-_.+", 8, 64, "", false, false, false, false, PasswordCharacters.ANY).passwordMinLength())
                .as("8 stays possible for an insurer that adds a second factor").isEqualTo(8);
    }

    @Test
    void theManualPolicyStaysTheDefaultAndListed() {
        assertThat(CredentialPolicy.manualDefault().passwordCharacters()).isEqualTo(PasswordCharacters.LISTED);
        assertThat(CommonPasswords.size()).isBetween(2_000, 50_000);
    }
}
