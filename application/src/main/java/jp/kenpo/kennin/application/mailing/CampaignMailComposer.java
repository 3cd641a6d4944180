package jp.kenpo.kennin.application.mailing;

import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.domain.account.Language;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerContact;
import jp.kenpo.kennin.domain.mailing.CampaignMailText;
import jp.kenpo.kennin.domain.mailing.MailPlaceholder;
import jp.kenpo.kennin.domain.mailing.MaskedCard;

/**
 * Fills a campaign's text for one member: the one place that knows what each placeholder becomes,
 * used by the outbox worker, the preview and the test mail alike. A member who reads the site in
 * English gets the built-in English text first and then the insurer's own (Japanese) text, since
 * staff write campaign texts in Japanese only.
 */
public final class CampaignMailComposer {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu年M月d日");
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("EEE d MMMM uuuu", Locale.ENGLISH);
    private static final String BETWEEN_LANGUAGES = "\n\n" + "-".repeat(40) + "\n\n";

    private final String signupUrl;
    private final String loginUrl;

    /** @param baseUrl how members reach this installation, without a trailing slash */
    public CampaignMailComposer(String baseUrl) {
        String base = baseUrl.strip().replaceAll("/+$", "");
        this.signupUrl = base + "/signup";
        this.loginUrl = base + "/login";
    }

    public CampaignMailText.Rendered render(Insurer insurer, CampaignMailText text, CampaignRecipient to) {
        CampaignMailText.Rendered written = text.render(values(insurer, to, Language.JA));
        if (to.language() == Language.JA) {
            return written;
        }
        CampaignMailText.Rendered english = CampaignMailText.standard(text.kind(), to.language())
                .render(values(insurer, to, to.language()));
        return new CampaignMailText.Rendered(english.subject() + " / " + written.subject(),
                english.body() + BETWEEN_LANGUAGES + written.body());
    }

    private Map<MailPlaceholder, String> values(Insurer insurer, CampaignRecipient to, Language language) {
        boolean english = language == Language.EN;
        Map<MailPlaceholder, String> values = new EnumMap<>(MailPlaceholder.class);
        values.put(MailPlaceholder.NAME, to.name());
        values.put(MailPlaceholder.DEADLINE, (english ? ENGLISH_DAY : DAY).format(to.deadline()));
        values.put(MailPlaceholder.URL, to.hasAccount() ? loginUrl : signupUrl);
        values.put(MailPlaceholder.CARD, MaskedCard.of(to.symbol(), to.number(), language).text());
        values.put(MailPlaceholder.INSURER, insurer.displayName());
        values.put(MailPlaceholder.CONTACT, english ? contactInEnglish(insurer.contact()) : contact(insurer.contact()));
        values.put(MailPlaceholder.RESULTS, to.results().orElse(""));
        return values;
    }

    /** The mail ready to send, from the insurer's sender address. */
    public OutgoingMail mail(Insurer insurer, CampaignMailText text, CampaignRecipient to, String messageId) {
        CampaignMailText.Rendered rendered = render(insurer, text, to);
        return new OutgoingMail(insurer.senderAddress(), insurer.displayName(), to.email(), rendered.subject(),
                rendered.body(), messageId, Optional.of(to.member()));
    }

    public String signupUrl() {
        return signupUrl;
    }

    public String loginUrl() {
        return loginUrl;
    }

    static String contact(InsurerContact contact) {
        StringBuilder s = new StringBuilder();
        s.append("電話: ").append(contact.callCentre()).append('（').append(contact.hours()).append('）');
        s.append("\nメール: ").append(contact.mailAddress());
        return s.toString();
    }

    private static String contactInEnglish(InsurerContact contact) {
        return "Phone: " + contact.callCentre() + " (" + contact.hours() + ", Japan time)\nMail: " + contact.mailAddress();
    }
}
