package jp.kenpo.kennin.adapters.web.staff.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpo.kennin.application.letters.LetterBatch;
import jp.kenpo.kennin.application.letters.LetterFailure;
import jp.kenpo.kennin.application.letters.LetterSelection;
import jp.kenpo.kennin.application.letters.LineProblem;
import jp.kenpo.kennin.application.letters.RequestLetterBatchUseCase.Reason;
import org.junit.jupiter.api.Test;

/** Every letters text the page names, and one for every selection, state, failure, refusal and line problem, in both languages. */
class LetterTextsTest {
    private static final Pattern KEY = Pattern.compile("\"(letters\\.[A-Za-z0-9.]*[A-Za-z0-9])\"");

    @Test
    void everyKeyAndCodeHasAJapaneseAndAnEnglishText() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path file : new Path[] {Path.of("src/main/jte/letters/letters.jte"),
                Path.of("src/main/java/jp/kenpo/kennin/adapters/web/staff/letters/LetterPages.java"),
                Path.of("src/main/java/jp/kenpo/kennin/adapters/web/staff/letters/LetterBatchView.java")}) {
            Matcher m = KEY.matcher(Files.readString(file));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        for (LetterSelection.Kind kind : LetterSelection.Kind.values()) {
            used.add("letters.kind." + kind.name());
            used.add("letters.kind." + kind.name() + ".hint");
            used.add("letters.selection." + kind.name());
            used.add("letters.refused.NOBODY_SELECTED." + kind.name());
        }
        for (Reason reason : Reason.values()) {
            if (reason != Reason.NOBODY_SELECTED) {
                used.add("letters.refused." + reason.name());
            }
        }
        for (LetterBatch.State state : LetterBatch.State.values()) {
            used.add("letters.state." + state.name());
        }
        for (LetterFailure failure : LetterFailure.values()) {
            used.add("letters.failure." + failure.name());
        }
        for (LineProblem.Code code : LineProblem.Code.values()) {
            used.add("letters.line." + code.name());
        }
        Properties ja = bundle("ja");
        Properties en = bundle("en");
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(ja.stringPropertyNames()).containsAll(used);
        assertThat(en.stringPropertyNames()).containsAll(used);
        assertThat(en.stringPropertyNames().stream().filter(k -> k.startsWith("letters.")).sorted().toList())
                .isEqualTo(ja.stringPropertyNames().stream().filter(k -> k.startsWith("letters.")).sorted().toList());
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LetterTextsTest.class.getResourceAsStream("/i18n/staff_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
