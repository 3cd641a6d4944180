package jp.kenpo.kennin.adapters.web.staff.mailing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.kenpo.kennin.application.mailing.campaign.CampaignState;
import jp.kenpo.kennin.application.mailing.campaign.ChangeCampaignStateUseCase;
import jp.kenpo.kennin.application.mailing.campaign.CreateCampaignUseCase;
import jp.kenpo.kennin.application.mailing.campaign.SampleRequest;
import jp.kenpo.kennin.domain.mailing.CampaignKind;
import jp.kenpo.kennin.domain.mailing.CampaignMailText;
import jp.kenpo.kennin.domain.mailing.DeliveryState;
import jp.kenpo.kennin.domain.mailing.MailPlaceholder;
import org.junit.jupiter.api.Test;

/**
 * Every text the mailing pages name, and one per code their use cases return (text problems,
 * refusals, states, kinds, placeholders), exists in Japanese and English and formats.
 */
class MailingTextsTest {
    private static final Pattern KEY = Pattern.compile("\"(mailing\\.[A-Za-z0-9._]*[A-Za-z0-9])\"");

    @Test
    void everyMailingTextExistsInBothLanguagesAndFormats() throws IOException {
        Properties ja = bundle("ja");
        Properties en = bundle("en");
        Set<String> used = new TreeSet<>();
        for (String dir : new String[] {"src/main/java/jp/kenpo/kennin/adapters/web/staff/mailing", "src/main/jte/mailing"}) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = KEY.matcher(Files.readString(file));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        used.remove("mailing.template.title."); // a prefix, completed below
        List<String> codes = new ArrayList<>();
        for (CampaignKind k : CampaignKind.values()) {
            codes.add("mailing.kind." + k.name());
            codes.add("mailing.template.title." + k.name());
        }
        for (CampaignState s : CampaignState.values()) {
            codes.add("mailing.state." + s.name());
        }
        for (DeliveryState s : DeliveryState.values()) {
            codes.add("mailing.delivery." + s.name());
        }
        for (CampaignMailText.Problem p : CampaignMailText.Problem.values()) {
            codes.add(p.code());
        }
        for (CreateCampaignUseCase.CreateRefusal r : CreateCampaignUseCase.CreateRefusal.values()) {
            codes.add("mailing.new.refused." + r.name());
        }
        for (ChangeCampaignStateUseCase.ChangeRefusal r : ChangeCampaignStateUseCase.ChangeRefusal.values()) {
            codes.add("mailing.change.refused." + r.name());
        }
        for (ChangeCampaignStateUseCase.Change c : ChangeCampaignStateUseCase.Change.values()) {
            codes.add("mailing.change.done." + c.name());
        }
        for (SampleRequest.Refusal r : SampleRequest.Refusal.values()) {
            codes.add("mailing.sample." + r.name());
        }
        for (MailPlaceholder p : MailPlaceholder.values()) {
            codes.add("mailing.placeholder." + p.name());
        }

        assertThat(used).hasSizeGreaterThan(40);
        assertThat(ja.stringPropertyNames()).containsAll(used).containsAll(codes);
        Set<String> mineJa = new TreeSet<>(ja.stringPropertyNames().stream().filter(k -> k.startsWith("mailing.")).toList());
        Set<String> mineEn = new TreeSet<>(en.stringPropertyNames().stream().filter(k -> k.startsWith("mailing.")).toList());
        assertThat(mineEn).isEqualTo(mineJa);
        for (String key : mineJa) {
            assertThatCode(() -> new MessageFormat(ja.getProperty(key), Locale.JAPANESE).format(new Object[] {"x", "y"}))
                    .as(key).doesNotThrowAnyException();
            assertThatCode(() -> new MessageFormat(en.getProperty(key), Locale.ENGLISH).format(new Object[] {"x", "y"}))
                    .as(key).doesNotThrowAnyException();
        }
        assertThat(new MessageFormat(ja.getProperty("mailing.text.URL_MISSING")).format(new Object[0])).contains("{url}");
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MailingTextsTest.class.getResourceAsStream("/i18n/staff_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
