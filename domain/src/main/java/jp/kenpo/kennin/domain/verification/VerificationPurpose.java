package jp.kenpo.kennin.domain.verification;

/** Why a code or link was sent; with a subject it names one pending verification. */
public enum VerificationPurpose {
    /** Subject: the member id. Payload: chosen user ID and password hash. */
    REGISTRATION,
    /** Subject: the account id. Payload: the new mail address. */
    EMAIL_CHANGE,
    /** Subject: the digest of the reset token from the mailed link. Payload: the user ID key. */
    PASSWORD_RESET
}
