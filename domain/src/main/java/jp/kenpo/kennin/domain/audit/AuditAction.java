package jp.kenpo.kennin.domain.audit;

/** What the audit log records. Every access to or change of personal data has an action. */
public enum AuditAction {
    IDENTITY_CHECK_SUCCEEDED,
    IDENTITY_CHECK_FAILED,
    IDENTITY_CHECK_THROTTLED,
    CODE_SENT,
    CODE_ACCEPTED,
    CODE_REJECTED,
    ACCOUNT_REGISTERED,
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGIN_THROTTLED,
    LOGIN_REFUSED_EXPIRED_REGISTRATION,
    LOGOUT,
    TERMS_ACCEPTED,
    MAIN_SCREEN_VIEWED,
    EMAIL_CHANGE_REQUESTED,
    EMAIL_CHANGED,
    PASSWORD_RESET_REQUESTED,
    PASSWORD_CHANGED,
    USER_ID_REMINDER_REQUESTED,
    NOTICE_ATTACHMENT_DOWNLOADED,
    ROSTER_IMPORTED,
    DEPENDENTS_IMPORTED,
    SURVEY_YEAR_OPENED,
    /** A member opened a dependent's survey form (personal data shown). */
    SURVEY_FORM_VIEWED,
    SURVEY_ANSWERS_SAVED,
    SURVEY_NO_LONGER_ELIGIBLE_DECLARED,
    DOCUMENT_UPLOADED,
    DOCUMENT_REJECTED,
    /** A proof document was shown or downloaded (personal data shown). */
    DOCUMENT_VIEWED,
    DOCUMENT_DELETED,
    /** The member opened the confirmation page listing all answers and files (personal data shown). */
    SURVEY_CONFIRMATION_VIEWED,
    SURVEY_SUBMITTED,
    SURVEY_SUBMISSION_REFUSED,
    SURVEY_RESPONSE_RETURNED,
    SURVEY_DEADLINE_EXTENDED,
    /** Staff let a member record whose sign-up stopped after too many wrong codes try again. */
    SIGNUP_UNLOCKED,
    // --- identity ---
    STAFF_SIGNED_IN,
    /** Wrong or unknown login, password or second factor, or a disabled account; the detail says which, never the value. */
    STAFF_SIGN_IN_FAILED,
    STAFF_SIGN_IN_THROTTLED,
    STAFF_CREATED,
    STAFF_ENROLLED,
    STAFF_DISABLED,
    /**
     * A new one-time enrolment link; the staff member's password, authenticator and recovery codes were reset. An
     * attempt whose mail was refused changes nothing and says so in its detail ("nothing reset").
     */
    STAFF_ENROLMENT_REISSUED,
    STAFF_RECOVERY_CODE_USED,
    /** An enrolment link was used up by wrong authenticator codes (a guessing limit per link). */
    STAFF_ENROLMENT_CODES_USED_UP,
    // --- helpdesk ---
    /** Staff searched the insurer's members (names and cards shown). */
    MEMBERS_SEARCHED,
    /** Staff opened a member's case screen (personal data shown). */
    MEMBER_CASE_VIEWED,
    /** Staff cleared the failed logins that locked a member's account. */
    MEMBER_LOGIN_UNLOCKED,
    /** Staff had a new registration code mailed for a member's pending sign-up. */
    REGISTRATION_CODE_RESENT_BY_STAFF,
    CALL_NOTE_WRITTEN,
    /** 代行入力: staff saved answers the member gave on paper or by phone. */
    SURVEY_ANSWERS_SAVED_ON_BEHALF,
    /** 代行入力: staff uploaded a document the member sent on paper. */
    DOCUMENT_UPLOADED_ON_BEHALF,
    /** 代行入力: staff submitted the survey for the member. */
    SURVEY_SUBMITTED_ON_BEHALF,
    AUDIT_LOG_VIEWED,
    AUDIT_LOG_EXPORTED,
    // --- setup ---
    /** The operator created an insurer. */
    INSURER_CREATED,
    /** A 管理者 changed the insurer's name, sender, contact, credential policy or eligibility overrides. */
    INSURER_SETTINGS_CHANGED,
    TERMS_PUBLISHED,
    NOTICE_CREATED,
    NOTICE_EDITED,
    NOTICE_PUBLISHED,
    NOTICE_WITHDRAWN,
    NOTICE_ATTACHMENT_ADDED,
    /** An attachment was refused by the document checks (type, size, PDF bomb, active content...). */
    NOTICE_ATTACHMENT_REJECTED,
    NOTICE_ATTACHMENT_REMOVED,
    /** A survey year's pre-screened list had unknown or repeated rows: nothing was saved. */
    SURVEY_SCOPE_LIST_REJECTED,
    // --- sessions ---
    /** A staff member signed out of the back office. */
    STAFF_SIGNED_OUT,
    /** A back-office session came back after its idle timeout or lifetime and was ended. */
    STAFF_SESSION_EXPIRED,
    /** A back-office session was ended because its account was disabled, re-enrolled or its role changed. */
    STAFF_SESSION_REVOKED,
    // --- results ---
    /** Staff downloaded the result export for the core system (every dependent of the year's scope); the detail has the row count. */
    RESULTS_EXPORTED,
    /** Staff downloaded the board's summary (counts only) as CSV or PDF. */
    RESULT_SUMMARY_EXPORTED,
    // --- review ---
    /** A reviewer opened a member's review screen. */
    REVIEW_CASE_VIEWED,
    REVIEW_CLAIMED,
    REVIEW_RELEASED,
    /** 継続 / 削除 decided on a dependent (final, or waiting for approval). */
    REVIEW_DECIDED,
    /** A second reviewer approved a pending decision. */
    REVIEW_APPROVED,
    /** A second reviewer sent a pending decision back to its decider. */
    REVIEW_APPROVAL_REFUSED,
    REVIEW_DOCUMENT_REJECTED,
    REVIEW_EXTRA_DOCUMENT_REQUESTED,
    /** A reviewer sent a response back (差し戻し) from the review screen. */
    REVIEW_SENT_BACK,
    // --- progress ---
    /** Staff looked at the review queue (names of members who submitted). */
    REVIEW_QUEUE_VIEWED,
    /** Staff downloaded the non-submitters of one 事業所 as CSV. */
    NON_SUBMITTERS_EXPORTED,
    // --- campaigns ---
    /** A 管理者 saved the insurer's text of a kind of campaign mail. */
    MAIL_TEMPLATE_SAVED,
    /** Staff looked at a campaign mail filled for one member (name and card shown). */
    CAMPAIGN_MAIL_PREVIEWED,
    /** Staff sent a campaign mail filled for one member to their own address; the detail has the server's answer. */
    CAMPAIGN_TEST_MAIL_SENT,
    CAMPAIGN_CREATED,
    CAMPAIGN_CANCELLED,
    CAMPAIGN_PAUSED,
    CAMPAIGN_RESUMED,
    /** Staff downloaded undeliverable addresses (names, addresses) as CSV for letters; the detail has the row count. */
    UNDELIVERABLE_ADDRESSES_EXPORTED,
    // --- letters ---
    /** Staff asked for a batch of letters (which selection, how many members). */
    LETTER_BATCH_REQUESTED,
    /** Staff downloaded a batch's PDF of letters (members' names and masked cards). */
    LETTER_BATCH_DOWNLOADED,
    // --- outbox ---
    // --- objectstore ---
    /** The retention job deleted a closed survey year's document files (a batch; the rows stay, marked purged). */
    DOCUMENTS_PURGED,
    // --- end objectstore ---
    // --- receipt ---
    /** A member downloaded the PDF copy of their submission (every answer and file name shown). */
    SUBMISSION_RECEIPT_DOWNLOADED,
    // --- ops ---
    /** The reseal-secrets command sealed stored secrets again after a KENNIN_SECRET rotation; the detail has the counts. */
    SECRETS_RESEALED,
    // --- end ops ---
}
