package jp.kenpo.kennin.adapters.web.staff.results;

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
import jp.kenpo.kennin.application.results.ResultFormat;
import jp.kenpo.kennin.domain.progress.ProgressStatus;
import jp.kenpo.kennin.domain.review.RemovalReason;
import org.junit.jupiter.api.Test;

/** Every results text the page names, every status, reason and format, in Japanese and in English. */
class ResultsTextsTest {
    private static final Pattern KEY = Pattern.compile("\"(results\\.[A-Za-z0-9.]*[A-Za-z0-9])\"");

    @Test
    void everyKeyHasAJapaneseAndAnEnglishText() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path file : new Path[] {Path.of("src/main/jte/results/results.jte"),
                Path.of("src/main/java/jp/kenpo/kennin/adapters/web/staff/results/ResultsPages.java")}) {
            Matcher m = KEY.matcher(Files.readString(file));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        for (ProgressStatus status : ProgressStatus.values()) {
            used.add("results.status." + status.name());
        }
        for (RemovalReason reason : RemovalReason.values()) {
            used.add("results.reason." + reason.name());
        }
        for (ResultFormat format : ResultFormat.values()) {
            used.add("results.format." + format.name());
            used.add("results.format." + format.name() + ".hint");
        }
        Properties ja = bundle("ja");
        Properties en = bundle("en");
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(ja.stringPropertyNames()).containsAll(used);
        assertThat(en.stringPropertyNames()).containsAll(used);
        assertThat(en.stringPropertyNames().stream().filter(k -> k.startsWith("results.")).sorted().toList())
                .isEqualTo(ja.stringPropertyNames().stream().filter(k -> k.startsWith("results.")).sorted().toList());
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ResultsTextsTest.class.getResourceAsStream("/i18n/staff_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
