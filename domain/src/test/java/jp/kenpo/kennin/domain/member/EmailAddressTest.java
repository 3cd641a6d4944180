package jp.kenpo.kennin.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.kenpo.kennin.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest(name = "[{index}] {0} is shown as {1}")
    @CsvSource({
            "taro.yamada@omron.co.jp, ta※※※※※※※※※@omron.co.jp",
            "abcd@x.jp,               ab※※※@x.jp",
            "abcde@x.jp,              ab※※※@x.jp",
            "abcdef@x.jp,             ab※※※※@x.jp",
            "abc@x.jp,                a※※※@x.jp",
            "ab@x.jp,                 a※※※@x.jp",
            "a@x.jp,                  a※※※@x.jp",
    })
    void maskedShowsTheStartOfTheLocalPartAndTheWholeDomain(String address, String masked) {
        assertThat(new EmailAddress(address).masked()).isEqualTo(masked);
    }

    @Test
    void parseLowerCasesTheDomainButKeepsTheLocalPart() {
        assertThat(EmailAddress.parse(" Taro.Yamada@Omron.CO.JP ").value()).isEqualTo("Taro.Yamada@omron.co.jp");
    }

    @Test
    void parseNarrowsFullWidthInput() {
        assertThat(EmailAddress.parse("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ").value()).isEqualTo("taro@example.jp");
    }

    @Test
    void theKeyIgnoresCaseEverywhere() {
        assertThat(EmailAddress.parse("Taro@Example.jp").key()).isEqualTo(EmailAddress.parse("taro@example.JP").key());
    }

    @ParameterizedTest
    @ValueSource(strings = {"first.last+tag@sub.example.co.jp", "o'brien@example.com", "a-b_c@x-y.jp"})
    void acceptsAddressesMailServersAccept(String address) {
        assertThat(EmailAddress.parse(address).value()).isEqualTo(address);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"taro", "taro@", "@example.jp", "taro@example", "taro yamada@example.jp", "taro@exa_mple.jp",
            "たろう@example.jp", "taro@@example.jp", "taro@-example.jp",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@example.jp"})
    void rejectsWhatIsNoAddress(String raw) {
        assertThatThrownBy(() -> EmailAddress.parse(raw)).isInstanceOf(InvalidValueException.class).hasMessage("email.invalid");
    }
}
