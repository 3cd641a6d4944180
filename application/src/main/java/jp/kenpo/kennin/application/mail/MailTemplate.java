package jp.kenpo.kennin.application.mail;

import jp.kenpo.kennin.domain.mailing.CampaignKind;

/**
 * The mails the system sends. The mail adapter renders subject and body from its message
 * bundle ({@code mail_ja.properties}) by this name; the parameters each needs are listed.
 */
public enum MailTemplate {
    /** code, minutes, insurerName, contactMail */
    REGISTRATION_CODE,
    /** loginUrl, insurerName, contactMail: sign-up was tried for a member who already has an account (no secrets in it) */
    REGISTRATION_ATTEMPT_NOTICE,
    /** code, minutes, insurerName */
    EMAIL_CHANGE_CODE,
    /** newAddressMasked, insurerName, contactMail */
    EMAIL_CHANGED_NOTICE,
    /** link, minutes, insurerName */
    PASSWORD_RESET_LINK,
    /** insurerName, contactMail */
    PASSWORD_CHANGED_NOTICE,
    /** userId, loginUrl, insurerName */
    USER_ID_REMINDER,
    /** receipt, submittedAt, count, loginUrl, insurerName, contactMail */
    SURVEY_SUBMITTED,
    /** loginUrl, insurerName, contactMail */
    SURVEY_RETURNED,
    // --- review ---
    /** results (one line per dependent), loginUrl, insurerName, contactMail: every dependent of the member has a final decision */
    REVIEW_RESULT,
    // --- identity ---
    /** link, expiresAt, loginName, displayName, insurerName (the installation's name for operators): a staff member's one-time enrolment link */
    STAFF_ENROLMENT,
    // --- outbox ---
    /** An invitation of a campaign: filed in the mail log only, its text is the campaign's (CampaignMailComposer). */
    CAMPAIGN_INVITATION,
    /** A reminder of a campaign: mail log only, like {@link #CAMPAIGN_INVITATION}. */
    CAMPAIGN_REMINDER,
    /** A final notice of a campaign: mail log only, like {@link #CAMPAIGN_INVITATION}. */
    CAMPAIGN_FINAL_NOTICE,
    /** A result notice sent through the outbox: mail log only, like {@link #CAMPAIGN_INVITATION}. */
    CAMPAIGN_RESULT_NOTICE;

    /** The mail log's name for a campaign mail of this kind. */
    public static MailTemplate ofCampaign(CampaignKind kind) {
        return switch (kind) {
            case INVITATION -> CAMPAIGN_INVITATION;
            case REMINDER -> CAMPAIGN_REMINDER;
            case FINAL_NOTICE -> CAMPAIGN_FINAL_NOTICE;
            case RESULT_NOTICE -> CAMPAIGN_RESULT_NOTICE;
        };
    }

    /**
     * Campaign mails are written by staff (a campaign's text snapshot) and rendered by the
     * application; the mail adapter's bundle has no text for them and never renders them.
     */
    public boolean campaign() {
        return name().startsWith("CAMPAIGN_");
    }
}
