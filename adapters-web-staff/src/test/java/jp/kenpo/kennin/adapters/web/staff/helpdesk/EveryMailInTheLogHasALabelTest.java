package jp.kenpo.kennin.adapters.web.staff.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import jp.kenpo.kennin.application.mail.MailTemplate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The help desk's member page lists the mails sent to a member by their template: every template a
 * member's mail can be filed under (campaign mails included) needs a name in both languages, or the
 * page shows a bare key such as {@code helpdesk.mail.CAMPAIGN_REMINDER}.
 */
class EveryMailInTheLogHasALabelTest {
    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void everyMemberMailHasAName(String language) throws Exception {
        Properties texts = new Properties();
        try (var in = getClass().getClassLoader().getResourceAsStream("i18n/staff_" + language + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (MailTemplate template : MailTemplate.values()) {
            if (template == MailTemplate.STAFF_ENROLMENT) {
                continue; // goes to staff, never filed under a member
            }
            assertThat(texts.getProperty("helpdesk.mail." + template)).as(template + " in " + language).isNotBlank();
        }
    }
}
