package jp.kenpo.kennin.adapters.web.staff.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.kenpo.kennin.application.document.DocumentRenditionPort;
import jp.kenpo.kennin.domain.review.FourEyesRule;
import jp.kenpo.kennin.domain.review.Prospect;
import jp.kenpo.kennin.domain.survey.LossReason;
import jp.kenpo.kennin.domain.survey.SurveyStatus;
import org.junit.jupiter.api.Test;

/**
 * Every text the review screen names, and a label for every code it shows (prospects, statuses,
 * the four-eyes rules, why a file cannot be displayed), exists in Japanese and in English. Removal
 * and file-rejection reasons come from the review's shared texts, which test themselves.
 */
class ReviewScreenTextsTest {
    private static final Pattern KEY = Pattern.compile("\"(screens\\.[A-Za-z0-9.]*[A-Za-z0-9])\"");

    @Test
    void everyKeyAndEveryCodeLabelHasAJapaneseAndAnEnglishText() throws IOException {
        Properties ja = bundle("ja");
        Properties en = bundle("en");
        Set<String> used = new TreeSet<>();
        for (String file : new String[] {"src/main/java/jp/kenpo/kennin/adapters/web/staff/review/ReviewCasePages.java",
                "src/main/java/jp/kenpo/kennin/adapters/web/staff/review/ReviewCaseView.java", "src/main/jte/review/case.jte"}) {
            Matcher m = KEY.matcher(Files.readString(Path.of(file)));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        List<String> labels = new ArrayList<>();
        Stream.of(Prospect.values()).forEach(v -> labels.add("screens.prospect." + v.name()));
        Stream.of(SurveyStatus.values()).forEach(v -> labels.add("screens.status." + v.name()));
        Stream.of(FourEyesRule.values()).forEach(v -> labels.add("screens.fourEyes." + v.name()));
        Stream.of(LossReason.values()).forEach(v -> labels.add("screens.lossReason." + v.name()));
        Stream.of(DocumentRenditionPort.Reason.values()).forEach(v -> labels.add("screens.cannotDisplay." + v.name()));

        assertThat(used).hasSizeGreaterThan(60);
        assertThat(ja.stringPropertyNames()).containsAll(used).containsAll(labels);
        assertThat(en.stringPropertyNames()).containsAll(used).containsAll(labels);
        Set<String> mineJa = new TreeSet<>(ja.stringPropertyNames().stream().filter(k -> k.startsWith("screens.")).toList());
        Set<String> mineEn = new TreeSet<>(en.stringPropertyNames().stream().filter(k -> k.startsWith("screens.")).toList());
        assertThat(mineEn).isEqualTo(mineJa);
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReviewScreenTextsTest.class.getResourceAsStream("/i18n/staff_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
