package jp.kenpo.kennin.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.kenpo.kennin.adapters.web.kit.Messages;
import org.junit.jupiter.api.Test;

class MessageBundleTest {
    /** String literals shaped like the reason codes the domain and application return. */
    private static final Pattern REASON_CODE = Pattern.compile(
            "\"((?:credential|member|dependent|eligibility|document|email|insurer|verification|survey|terms|notice|roster)(?:\\.[A-Za-z0-9]+)+)\"");

    @Test
    void japaneseAndEnglishHaveExactlyTheSameKeys() throws IOException {
        Properties ja = load("i18n/messages_ja.properties");
        Properties en = load("i18n/messages_en.properties");

        assertThat(ja.stringPropertyNames()).isNotEmpty().containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    }

    @Test
    void everyTextIsAValidPatternWithoutStrayApostrophes() throws IOException {
        for (String file : new String[] {"i18n/messages_ja.properties", "i18n/messages_en.properties"}) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String pattern = texts.getProperty(key);
                new MessageFormat(pattern); // throws on a broken pattern
                assertThat(pattern.replace("''", "")).as(file + " " + key).doesNotContain("'");
            }
        }
    }

    @Test
    void theBundleIsReadAsUtf8() {
        assertThat(Messages.japanese().text("signup.submit")).isEqualTo("認証");
        assertThat(Messages.japanese().text("credential.password.length", 8, 20)).isEqualTo("パスワードは8桁以上20桁以内で設定してください。");
    }

    @Test
    void everyReasonCodeInTheDomainAndApplicationSourcesHasAJapaneseText() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Path domain = root.resolve("domain/src/main/java");
        Path application = root.resolve("application/src/main/java");
        assumeTrue(Files.isDirectory(domain) && Files.isDirectory(application), "sources of the inner modules are not here");

        Set<String> codes = new TreeSet<>();
        for (Path dir : new Path[] {domain, application}) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = REASON_CODE.matcher(Files.readString(file));
                    while (m.find()) {
                        codes.add(m.group(1));
                    }
                }
            }
        }

        assertThat(codes).as("reason codes found").isNotEmpty();
        Properties ja = load("i18n/messages_ja.properties");
        // The rules engine's codes have their texts in the domain jar, which Messages falls back to.
        assertThat(codes).allSatisfy(code -> assertThat(ja.containsKey(code) || Messages.japanese().has(code)).as(code).isTrue());
    }

    @Test
    void theRulesEnginesTextsComeFromTheDomainLibraryNotFromCopiesHere() throws IOException {
        Properties ja = load("i18n/messages_ja.properties");
        assertThat(ja.stringPropertyNames()).noneMatch(key -> key.startsWith("eligibility.") || key.startsWith("survey.document.") && !key.equals("survey.document.copies"));

        assertThat(Messages.japanese().text("eligibility.unemployment.overDailyLimit", "STANDARD", 3_612L, 3_700L))
                .isEqualTo("雇用保険の基本手当日額3,700円が、基準日額（3,612円未満）を超えています。");
        assertThat(Messages.forLocale(java.util.Locale.ENGLISH).text("eligibility.document.TAX_RETURN"))
                .isEqualTo("Tax return with the income and expense statement");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
