package jp.kenpo.kennin.application.mail;

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
    STAFF_ENROLMENT
}
