package jp.kenpo.kennin.adapters.web.staff.signin;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text the sign-in, enrolment and staff pages name exists in Japanese and English, and the
 * reason codes their use cases return (credential rules, invalid staff fields) have a text too.
 */
class StaffWebTextsTest {
    private static final Pattern KEY = Pattern.compile("\"(staffweb\\.[A-Za-z0-9.]*[A-Za-z0-9])\"");
    /** Codes the create and enrolment use cases return that the pages show as they are. */
    private static final Set<String> REASON_CODES = Set.of("staff.login.invalid", "staff.name.invalid", "staff.office.invalid",
            "staff.insurer.invalid", "staff.role.invalid", "email.invalid", "insurer.code.invalid",
            "credential.password.length", "credential.password.common", "credential.password.control",
            "credential.password.fullWidth", "credential.password.equalsUserId", "credential.password.containsLoginName");

    @Test
    void everyKeyThePagesUseHasAJapaneseAndAnEnglishText() throws IOException {
        Properties ja = bundle("ja");
        Properties en = bundle("en");
        Set<String> used = new TreeSet<>();
        for (String dir : new String[] {"src/main/java/jp/kenpo/kennin/adapters/web/staff/signin",
                "src/main/java/jp/kenpo/kennin/adapters/web/staff/people", "src/main/jte/signin", "src/main/jte/people"}) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = KEY.matcher(Files.readString(file));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(ja.stringPropertyNames()).containsAll(used).containsAll(REASON_CODES);
        assertThat(en.stringPropertyNames()).containsAll(used).containsAll(REASON_CODES);
        Set<String> mineJa = new TreeSet<>(ja.stringPropertyNames().stream().filter(k -> k.startsWith("staffweb.")).toList());
        Set<String> mineEn = new TreeSet<>(en.stringPropertyNames().stream().filter(k -> k.startsWith("staffweb.")).toList());
        assertThat(mineEn).isEqualTo(mineJa);
        // Staff states and roles shown in the list.
        for (String state : new String[] {"ENROLLING", "ACTIVE", "DISABLED"}) {
            assertThat(ja).containsKey("staffweb.staff.state." + state);
        }
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = StaffWebTextsTest.class.getResourceAsStream("/i18n/staff_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
