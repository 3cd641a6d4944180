package jp.kenpo.kennin.application.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.kenpo.kennin.domain.credential.CredentialField;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.credential.CredentialViolation;
import jp.kenpo.kennin.domain.credential.PasswordCharacters;
import jp.kenpo.kennin.domain.staff.LoginName;
import jp.kenpo.kennin.domain.text.JapaneseText;

/**
 * The staff password rules: members' NIST rules (any character, no composition rules, the
 * common-password block-list) with at least 12 characters, since a second factor always follows,
 * and the login name nowhere inside the password.
 */
public final class StaffPasswords {
    public static final CredentialPolicy POLICY = new CredentialPolicy(3, 64, "._@-", 12, 128, "", false, false, false,
            false, PasswordCharacters.ANY);
    /** Message key of the one rule the members' policy does not have. */
    public static final String CONTAINS_LOGIN = "credential.password.containsLoginName";

    private StaffPasswords() {
    }

    /** Every rule the password breaks (the confirmation is compared by the caller). */
    public static List<CredentialViolation> check(LoginName login, String password) {
        List<CredentialViolation> out = new ArrayList<>(POLICY.checkPassword(login.value(), password, password, null));
        String normalised = password == null ? "" : JapaneseText.nfkc(password).toLowerCase(Locale.ROOT);
        if (normalised.contains(login.key()) && out.stream().noneMatch(v -> v.code().equals("credential.password.equalsUserId"))) {
            out.add(new CredentialViolation(CredentialField.PASSWORD, CONTAINS_LOGIN, List.of()));
        }
        return out;
    }
}
