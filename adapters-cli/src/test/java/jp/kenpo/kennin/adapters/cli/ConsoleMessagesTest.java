package jp.kenpo.kennin.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ConsoleMessagesTest {

    @Test
    void everyCliTextExistsInBothLanguages() throws IOException {
        assertThat(load("cli_ja").stringPropertyNames()).isEqualTo(load("cli_en").stringPropertyNames());
    }

    @Test
    void noCliTextHasALoneQuoteThatMessageFormatWouldSwallow() throws IOException {
        for (String bundle : new String[]{"cli_ja", "cli_en"}) {
            Properties texts = load(bundle);
            assertThat(texts.stringPropertyNames()).as(bundle)
                    .allSatisfy(key -> assertThat(texts.getProperty(key).replace("''", "")).as(key).doesNotContain("'"));
        }
    }

    @Test
    void aReasonCodeIsShownInTheWordsOfTheReasonBundle() {
        assertThat(new ConsoleMessages("i18n/test-reasons").reason("roster.duplicate")).isEqualTo("同じ記号・番号の行がほかにもあります");
    }

    @Test
    void aMissingTextOrBundleShowsItsKeyRatherThanNothing() {
        ConsoleMessages withoutReasons = new ConsoleMessages("i18n/no-such-bundle");

        assertThat(withoutReasons.reason("member.symbol.invalid")).isEqualTo("member.symbol.invalid");
        assertThat(withoutReasons.japanese("no.such.key")).isEqualTo("no.such.key");
    }

    @Test
    void bilingualTextIsJapaneseThenEnglish() {
        assertThat(ConsoleMessages.standard().bilingual("usage.error.missingFile").lines())
                .containsExactly("取り込む名簿 CSV ファイルを指定してください。", "Name the roster CSV file to import.");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ConsoleMessagesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
