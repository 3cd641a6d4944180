package jp.kenpo.kennin.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.dependent.DependentNumber;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DigitsTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource({"7, 7", "0, 0", "00, 0", "000, 0", "007, 7", "0070, 70", "100, 100", "1234567890, 1234567890",
            "0000000001, 1", "'', ''"})
    void leadingZerosGoButTheLastDigitStays(String digits, String expected) {
        assertThat(Digits.withoutLeadingZeros(digits)).isEqualTo(expected)
                .isEqualTo(digits.replaceFirst("^0+(?=.)", ""));
    }

    @Test
    void numbersAndSymbolsAcceptExactlyWhatTheRegexesTheyReplacedAccepted() {
        Pattern memberNumber = Pattern.compile("0|[1-9][0-9]{0,9}");
        Pattern dependentNumber = Pattern.compile("0|[1-9][0-9]{0,3}");
        Pattern symbol = Pattern.compile("[0-9A-Z]{1,8}");
        Pattern typedMemberNumber = Pattern.compile("[0-9]{1,10}");
        Pattern typedDependentNumber = Pattern.compile("[0-9]{1,4}");
        char[] alphabet = {'0', '0', '1', '5', '9', 'A', 'Z', 'a', '/', ':', '@', '[', '-', ' ', '０', '٣'};
        Random random = new Random(20261203);
        for (int n = 0; n < 200_000; n++) {
            char[] chars = new char[random.nextInt(13)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String s = new String(chars);
            assertThat(Digits.isDigits(s, 10)).as(s).isEqualTo(typedMemberNumber.matcher(s).matches());
            assertThat(Digits.isDigits(s, 4)).as(s).isEqualTo(typedDependentNumber.matcher(s).matches());
            assertThat(accepts(() -> new MemberNumber(s))).as(s).isEqualTo(memberNumber.matcher(s).matches());
            assertThat(accepts(() -> new DependentNumber(s))).as(s).isEqualTo(dependentNumber.matcher(s).matches());
            assertThat(accepts(() -> new MemberSymbol(s))).as(s).isEqualTo(symbol.matcher(s).matches());
        }
    }

    private static boolean accepts(Runnable construct) {
        try {
            construct.run();
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }
}
