package jp.kenpo.kennin.application.mailing;

import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerContact;
import jp.kenpo.kennin.domain.mailing.CampaignMailText;
import jp.kenpo.kennin.domain.mailing.MailPlaceholder;
import jp.kenpo.kennin.domain.mailing.MaskedCard;

/**
 * Fills a campaign's text for one member: the one place that knows what each placeholder becomes,
 * used by the outbox worker, the preview and the test mail alike.
 */
public final class CampaignMailComposer {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu年M月d日");

    private final String signupUrl;
    private final String loginUrl;

    /** @param baseUrl how members reach this installation, without a trailing slash */
    public CampaignMailComposer(String baseUrl) {
        String base = baseUrl.strip().replaceAll("/+$", "");
        this.signupUrl = base + "/signup";
        this.loginUrl = base + "/login";
    }

    public CampaignMailText.Rendered render(Insurer insurer, CampaignMailText text, CampaignRecipient to) {
        Map<MailPlaceholder, String> values = new EnumMap<>(MailPlaceholder.class);
        values.put(MailPlaceholder.NAME, to.name());
        values.put(MailPlaceholder.DEADLINE, DAY.format(to.deadline()));
        values.put(MailPlaceholder.URL, to.hasAccount() ? loginUrl : signupUrl);
        values.put(MailPlaceholder.CARD, MaskedCard.of(to.symbol(), to.number()).text());
        values.put(MailPlaceholder.INSURER, insurer.displayName());
        values.put(MailPlaceholder.CONTACT, contact(insurer.contact()));
        values.put(MailPlaceholder.RESULTS, to.results().orElse(""));
        return text.render(values);
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
}
