package jp.kenpo.kennin.domain.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.kenpo.kennin.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

class UserIdTest {
    @Test
    void aUserIdTypedInFullWidthOrAnotherCaseIsTheSameId() {
        assertThat(UserId.of("ＴＡＲＯ．ｙａｍａｄａ").key()).isEqualTo(UserId.of(" taro.Yamada ").key());
        assertThat(UserId.of("Taro.Yamada").value()).isEqualTo("Taro.Yamada");
    }

    @Test
    void aBlankUserIdIsNone() {
        assertThatThrownBy(() -> UserId.of("  ")).isInstanceOf(InvalidValueException.class);
    }
}
