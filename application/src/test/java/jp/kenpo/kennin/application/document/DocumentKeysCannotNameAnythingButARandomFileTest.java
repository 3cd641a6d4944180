package jp.kenpo.kennin.application.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.kenpo.kennin.domain.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentKeysCannotNameAnythingButARandomFileTest {
    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {
            "", "../../../etc/passwd", "..%2F..%2Fsecret.key", "0123456789abcdef0123456789abcde/",
            "0123456789ABCDEF0123456789ABCDEF", "0123456789abcdef0123456789abcdef0", "0123456789abcdef0123456789abcde",
            "0123456789abcdef\u00000123456789abcde", "juminhyo.jpg"})
    void anythingButThirtyTwoLowerCaseHexDigitsIsRefused(String value) {
        assertThatThrownBy(() -> new StoredDocument.Id(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("document.id.invalid"));
        assertThatThrownBy(() -> new StagedUpload.Token(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("document.stagingToken.invalid"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123456789abcdef0123456789abcdef", "ffffffffffffffffffffffffffffffff"})
    void randomHexIsAKey(String value) {
        assertThat(new StoredDocument.Id(value).value()).isEqualTo(value);
        assertThat(new StagedUpload.Token(value).toString()).isEqualTo(value);
    }
}
