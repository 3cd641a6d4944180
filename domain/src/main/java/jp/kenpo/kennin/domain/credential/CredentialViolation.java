package jp.kenpo.kennin.domain.credential;

import java.util.List;

/**
 * One credential rule that failed. {@code code} is a message key such as
 * {@code credential.password.length}; {@code args} fill its placeholders in order.
 */
public record CredentialViolation(CredentialField field, String code, List<Object> args) {
    public CredentialViolation {
        args = List.copyOf(args);
    }

    static CredentialViolation of(CredentialField field, String code, Object... args) {
        return new CredentialViolation(field, code, List.of(args));
    }
}
