package jp.kenpo.kennin.adapters.web.support;

import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.credential.PasswordCharacters;

/**
 * The hint under a new-password field, for the insurer's own rules: the manual's wording for the
 * manual's rules, the NIST wording for a policy of any characters, and the lengths and symbols
 * filled in for any other policy of listed characters. Kept in the session between pages, so it
 * holds a message ID and its parameters, not the text.
 */
public record PasswordHint(String key, int minLength, int maxLength, String symbols) {
    static final String MANUAL = "chooseCredentials.password.hint";
    static final String ANY = "chooseCredentials.password.hint.any";
    static final String LISTED = "chooseCredentials.password.hint.listed";

    public static PasswordHint of(CredentialPolicy policy) {
        if (policy.passwordCharacters() == PasswordCharacters.ANY) {
            return new PasswordHint(ANY, policy.passwordMinLength(), policy.passwordMaxLength(), "");
        }
        if (samePasswordRules(policy, CredentialPolicy.manualDefault())) {
            return manual();
        }
        return new PasswordHint(LISTED, policy.passwordMinLength(), policy.passwordMaxLength(), policy.passwordSymbols());
    }

    /** The manual's hint, whose text carries its lengths (8 and 20) and symbols itself. */
    public static PasswordHint manual() {
        CredentialPolicy manual = CredentialPolicy.manualDefault();
        return new PasswordHint(MANUAL, manual.passwordMinLength(), manual.passwordMaxLength(), manual.passwordSymbols());
    }

    /** The parameters of {@link #key()}: {0} shortest, {1} longest, {2} the symbols allowed. */
    public Object[] args() {
        return new Object[] {minLength, maxLength, symbols};
    }

    private static boolean samePasswordRules(CredentialPolicy a, CredentialPolicy b) {
        return a.passwordMinLength() == b.passwordMinLength() && a.passwordMaxLength() == b.passwordMaxLength()
                && a.passwordSymbols().equals(b.passwordSymbols()) && a.requireLetter() == b.requireLetter()
                && a.requireDigit() == b.requireDigit() && a.requireSymbol() == b.requireSymbol()
                && a.requireMixedCase() == b.requireMixedCase();
    }
}
