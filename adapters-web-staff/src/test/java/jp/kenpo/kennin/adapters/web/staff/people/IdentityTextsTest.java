package jp.kenpo.kennin.adapters.web.staff.people;

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
import org.junit.jupiter.api.Test;

/** The identity block's texts (mail not sent at creation or reissue) exist in Japanese and English. */
class IdentityTextsTest {
    private static final Pattern KEY = Pattern.compile("\"(identity\\.[A-Za-z0-9.]*[A-Za-z0-9])\"");

    @Test
    void everyIdentityKeyThePeoplePagesUseHasBothTexts() throws IOException {
        Set<String> used = new TreeSet<>();
        Matcher m = KEY.matcher(Files.readString(
                Path.of("src/main/java/jp/kenpo/kennin/adapters/web/staff/people/StaffPeoplePages.java")));
        while (m.find()) {
            used.add(m.group(1));
        }

        assertThat(used).containsExactlyInAnyOrder("identity.staff.createdNotMailed", "identity.staff.reissueNotMailed");
        assertThat(bundle("ja").stringPropertyNames()).containsAll(used);
        assertThat(bundle("en").stringPropertyNames()).containsAll(used);
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = IdentityTextsTest.class.getResourceAsStream("/i18n/staff_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
