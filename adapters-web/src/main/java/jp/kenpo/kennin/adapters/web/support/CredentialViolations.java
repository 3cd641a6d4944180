package jp.kenpo.kennin.adapters.web.support;

import jp.kenpo.kennin.adapters.web.kit.Form;
import java.util.List;
import jp.kenpo.kennin.domain.credential.CredentialField;
import jp.kenpo.kennin.domain.credential.CredentialViolation;

/** Puts each broken credential rule next to the field it is about (registration and password reset share the fields). */
public final class CredentialViolations {
    private CredentialViolations() {
    }

    public static void showOn(Form form, List<CredentialViolation> violations) {
        for (CredentialViolation v : violations) {
            form.rejectField(fieldName(v.field()), v.code(), v.args().toArray());
        }
    }

    static String fieldName(CredentialField field) {
        return switch (field) {
            case USER_ID -> "userId";
            case PASSWORD -> "password";
            case PASSWORD_CONFIRMATION -> "passwordConfirmation";
        };
    }
}
