package jp.kenpo.kennin.adapters.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import jp.kenpo.kennin.application.mail.Mail;
import jp.kenpo.kennin.application.mail.MailTemplate;
import jp.kenpo.kennin.domain.member.EmailAddress;

/** Mails as the use cases send them, with the parameters {@link MailTemplate} documents. */
final class MailFixtures {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-01T01:02:03Z"), ZoneId.of("Asia/Tokyo"));
    static final String INSURER = "テスト健康保険組合";
    static final String SENDER_NAME = "テスト健康保険組合 検認システム";
    static final EmailAddress SENDER = new EmailAddress("no-reply@kennin.example.jp");
    static final EmailAddress MEMBER = new EmailAddress("taro.kenpo@example.co.jp");
    static final String CODE = "482913";
    static final String RESET_LINK = "https://kennin.example.jp/password/reset?token=Qx7pL2vN9sK4mW8e";

    static final String RESULTS = "健保　花子様：継続（引き続き被扶養者です）\n健保　一郎様：削除（資格喪失日 2025/06/01、理由 就職）";

    private MailFixtures() {
    }

    /** Exactly the parameters MailTemplate's documentation lists, each with a value found nowhere else. */
    static Map<String, String> documentedParams(MailTemplate template) {
        return switch (template) {
            case REGISTRATION_CODE -> Map.of("code", CODE, "minutes", "10", "insurerName", INSURER,
                    "contactMail", "kennin-help@example.jp");
            case REGISTRATION_ATTEMPT_NOTICE -> Map.of("loginUrl", "https://kennin.example.jp/login", "insurerName", INSURER,
                    "contactMail", "kennin-help@example.jp");
            case EMAIL_CHANGE_CODE -> Map.of("code", "705318", "minutes", "15", "insurerName", INSURER);
            case EMAIL_CHANGED_NOTICE -> Map.of("newAddressMasked", "ha※※※※@example.net", "insurerName", INSURER,
                    "contactMail", "kennin-help@example.jp");
            case PASSWORD_RESET_LINK -> Map.of("link", RESET_LINK, "minutes", "30", "insurerName", INSURER);
            case PASSWORD_CHANGED_NOTICE -> Map.of("insurerName", INSURER, "contactMail", "kennin-help@example.jp");
            case USER_ID_REMINDER -> Map.of("userId", "hanako_2026", "loginUrl", "https://kennin.example.jp/login",
                    "insurerName", INSURER);
            case SURVEY_SUBMITTED -> Map.of("receipt", "2025-7KQ3-M9XD", "submittedAt", "2025年11月20日 21:05",
                    "count", "2", "loginUrl", "https://kennin.example.jp/login", "insurerName", INSURER,
                    "contactMail", "kennin-help@example.jp");
            case SURVEY_RETURNED -> Map.of("loginUrl", "https://kennin.example.jp/login", "insurerName", INSURER,
                    "contactMail", "kennin-help@example.jp");
            case REVIEW_RESULT -> Map.of("results", RESULTS, "loginUrl", "https://kennin.example.jp/login",
                    "insurerName", INSURER, "contactMail", "kennin-help@example.jp");
            case STAFF_ENROLMENT -> Map.of("link", "https://kennin.example.jp/admin/enrol/q7Zt0kPm", "expiresAt",
                    "2026/04/02 09:00 (JST)", "loginName", "sato.hanako", "displayName", "佐藤　花子", "insurerName", INSURER);
            // Campaign mails are filled in by the application (CampaignMailComposer), never from the bundle.
            case CAMPAIGN_INVITATION, CAMPAIGN_REMINDER, CAMPAIGN_FINAL_NOTICE, CAMPAIGN_RESULT_NOTICE ->
                    throw new IllegalArgumentException(template + " has no bundle text");
        };
    }

    static Mail mail(MailTemplate template) {
        return new Mail(SENDER, SENDER_NAME, MEMBER, template, documentedParams(template));
    }
}
