package jp.kenpo.kennin.application.review;

import java.util.HashMap;
import java.util.Map;
import jp.kenpo.kennin.application.mail.BestEffortMail;
import jp.kenpo.kennin.application.mail.InsurerMails;
import jp.kenpo.kennin.application.mail.MailTemplate;
import jp.kenpo.kennin.application.mail.SendMailPort;

/** The mail the review sends the member at once: a return (差し戻し). The result goes through the outbox ({@link ResultNotices}). */
final class ReviewMails {
    private final SendMailPort mail;
    private final String loginUrl;

    ReviewMails(SendMailPort mail, String loginUrl) {
        this.mail = mail;
        this.loginUrl = loginUrl;
    }

    /** Tells the member to log in and read why; false when the mail server refused (the return stands). */
    boolean returned(StaffCase c) {
        return BestEffortMail.send(mail, InsurerMails.toMember(c.insurer(), c.member(), MailTemplate.SURVEY_RETURNED,
                params(c)));
    }

    private Map<String, String> params(StaffCase c) {
        Map<String, String> params = new HashMap<>(InsurerMails.contactMail(c.insurer()));
        params.put("loginUrl", loginUrl);
        return params;
    }
}
