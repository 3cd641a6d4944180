package jp.kenpo.kennin.domain.insurer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.member.EmailAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An insurer name goes into every mail's sender and subject and onto every page; a line break
 * in it made every sign-up for that insurer fail. Refused where the insurer is made, so the
 * CLI, set-up and any later staff screen are all covered.
 */
class InsurerNameWithControlCharactersTest {

    private static Insurer named(String name) {
        return new Insurer(new InsurerCode("kyoto"), name, new EmailAddress("kenpo@kyoto.example.jp"), InsurerContact.none(),
                CredentialPolicy.manualDefault(), 2026);
    }

    @ParameterizedTest
    @ValueSource(strings = {"京都健康\n保険組合", "京都健康保険組合\r", "京都\t健康保険組合", "京都健康保険組合\u0000", "京都\u0085健保",
            "京都\u2028健保", "京都\u202e合組険保康健"})
    void aNameWithALineBreakOrAnotherControlCharacterIsRefused(String name) {
        assertThatThrownBy(() -> named(name))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).code()).isEqualTo("insurer.name.controlCharacters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"京都健康保険組合", "ＫＹＯＴＯ　健康保険組合", "=京都健保", "Kyoto Kenpo (Sample)"})
    void anOrdinaryNameIsKeptAsWritten(String name) {
        assertThat(named(name).displayName()).isEqualTo(name);
    }
}
