package jp.kenpo.kennin.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The texts ship with the library: every code the engine can produce has words in both languages. */
class ReasonTextsTest {
    /** String literals shaped like the codes in the engine's sources ({@code Reason.note("eligibility...")}, refusals). */
    private static final Pattern CODE = Pattern.compile("\"((?:eligibility|dependent|member)(?:\\.[A-Za-z0-9]+)+)\"");

    @Test
    void everyCodeTheEngineCanProduceHasAJapaneseAndAnEnglishText() throws IOException {
        Set<String> codes = codesInTheEngineSources();

        assertThat(codes).as("codes found in the sources").hasSizeGreaterThan(25)
                .contains("eligibility.income.overAnnualLimit", "eligibility.residence.abroad", "eligibility.input.missing");
        for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
            assertThat(codes).allSatisfy(code -> assertThat(ReasonTexts.pattern(code, locale)).as(locale + " " + code).isPresent());
        }
    }

    @Test
    void everyDocumentKindHasAJapaneseAndAnEnglishName() {
        for (DocumentKind kind : DocumentKind.values()) {
            assertThat(ReasonTexts.text(kind, Locale.JAPANESE)).as(kind.name()).isNotEqualTo(ReasonTexts.key(kind));
            assertThat(ReasonTexts.text(kind, Locale.ENGLISH)).as(kind.name()).isNotEqualTo(ReasonTexts.key(kind));
        }
        assertThat(ReasonTexts.text(DocumentKind.STUDENT_CERTIFICATE, Locale.JAPANESE)).isEqualTo("在学証明書または学生証（両面）");
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndEveryTextIsAValidPattern() {
        assertThat(ReasonTexts.codes(Locale.JAPANESE)).containsExactlyInAnyOrderElementsOf(ReasonTexts.codes(Locale.ENGLISH));
        for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
            for (String code : ReasonTexts.codes(locale)) {
                String pattern = ReasonTexts.pattern(code, locale).orElseThrow();
                new MessageFormat(pattern); // throws on a broken pattern
                assertThat(pattern.replace("''", "")).as(locale + " " + code).doesNotContain("'");
            }
        }
    }

    @Test
    void aReasonReadsWithItsFiguresInEitherLanguageAndOtherLocalesGetJapanese() {
        Reason over = Reason.disqualifying("eligibility.unemployment.overDailyLimit", IncomeBand.STANDARD, 3_612L, 3_700L);

        assertThat(ReasonTexts.text(over, Locale.JAPANESE)).isEqualTo("雇用保険の基本手当日額3,700円が、基準日額（3,612円未満）を超えています。");
        assertThat(ReasonTexts.text(over, Locale.UK)).isEqualTo("The daily unemployment benefit of 3,700 yen is over the daily limit (under 3,612 yen).");
        assertThat(ReasonTexts.text(over, Locale.FRENCH)).isEqualTo(ReasonTexts.text(over, Locale.JAPANESE));
        assertThat(ReasonTexts.text("no.such.code", Locale.JAPANESE)).isEqualTo("no.such.code");
    }

    private static Set<String> codesInTheEngineSources() throws IOException {
        Path sources = Path.of("src/main/java/jp/kenpo/kennin/domain/eligibility");
        assertThat(sources).as("run from the domain module").isDirectory();
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = CODE.matcher(Files.readString(file));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        return codes;
    }
}
