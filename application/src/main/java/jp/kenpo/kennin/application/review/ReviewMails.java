package jp.kenpo.kennin.application.review;

import java.util.HashMap;
import java.util.Map;
import jp.kenpo.kennin.application.account.LoadAccountPort;
import jp.kenpo.kennin.application.mail.BestEffortMail;
import jp.kenpo.kennin.application.mail.InsurerMails;
import jp.kenpo.kennin.application.mail.MailTemplate;
import jp.kenpo.kennin.application.mail.SendMailPort;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.account.Language;

/**
 * The mail the review sends the member at once: a return (差し戻し), in the language the member reads the
 * site in (their account's choice). The result goes through the outbox ({@link ResultNotices}).
 */
final class ReviewMails {
    private final SendMailPort mail;
    private final LoadAccountPort accounts;
    private final String loginUrl;

    ReviewMails(SendMailPort mail, LoadAccountPort accounts, String loginUrl) {
        this.mail = mail;
        this.accounts = accounts;
        this.loginUrl = loginUrl;
    }

    /** Tells the member to log in and read why; false when the mail server refused (the return stands). */
    boolean returned(StaffCase c) {
        return BestEffortMail.send(mail, InsurerMails.toMember(c.insurer(), c.member(), MailTemplate.SURVEY_RETURNED,
                params(c)).in(language(c)));
    }

    /** The member's newest account's choice; Japanese for a member who never chose (or has no account). */
    private Language language(StaffCase c) {
        return accounts.findByMember(c.member().id()).stream().findFirst().map(Account::mailLanguage)
                .orElse(Language.DEFAULT);
    }

    private Map<String, String> params(StaffCase c) {
        Map<String, String> params = new HashMap<>(InsurerMails.contactMail(c.insurer()));
        params.put("loginUrl", loginUrl);
        return params;
    }
}
