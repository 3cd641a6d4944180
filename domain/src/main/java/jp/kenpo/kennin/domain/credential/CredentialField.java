package jp.kenpo.kennin.domain.credential;

/** The form field a credential rule speaks about, so the message can stand next to it. */
public enum CredentialField {
    USER_ID, PASSWORD, PASSWORD_CONFIRMATION
}
