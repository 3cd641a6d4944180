package jp.kenpo.kennin.application.registration;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kenpo.kennin.application.registration.ConfirmRegistrationUseCase.ConfirmRegistrationResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MalformedCodeDoesNotCountAsATryTest extends RegistrationFixture {

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "1234567", "abcdef", "12345a"})
    void somethingThatIsNotSixDigitsIsPointedOutWithoutUsingATry(String typed) {
        String code = chooseAndReadCode();

        assertThat(confirm(typed)).isEqualTo(new ConfirmRegistrationResult.Malformed());
        assertThat(confirm(otherThan(code))).isEqualTo(new ConfirmRegistrationResult.WrongCode(4));
    }
}
