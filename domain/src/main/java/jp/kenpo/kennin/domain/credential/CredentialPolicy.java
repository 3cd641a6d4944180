package jp.kenpo.kennin.domain.credential;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.kenpo.kennin.domain.InvalidValueException;

/**
 * The rules a user ID and password must follow. {@link #manualDefault()} is the policy of the
 * insurer manual (user ID 6–50 of letters, digits and {@code @-_.+}; password 8–20 of letters,
 * digits and {@code ?!@#$%&()_+}, at least one of each kind, case mix not required); each
 * insurer may configure its own, or choose {@link #nist()}. Under every policy a password on the
 * block-list of common and breached passwords ({@link CommonPasswords}) is refused.
 */
public record CredentialPolicy(int userIdMinLength, int userIdMaxLength, String userIdSymbols,
                               int passwordMinLength, int passwordMaxLength, String passwordSymbols,
                               boolean requireLetter, boolean requireDigit, boolean requireSymbol,
                               boolean requireMixedCase, PasswordCharacters passwordCharacters) {
    /** NIST SP 800-63B: verifiers SHALL allow at least 64 characters. */
    static final int NIST_MIN_MAX_LENGTH = 64;

    public CredentialPolicy {
        if (userIdMinLength < 1 || userIdMaxLength < userIdMinLength || userIdMaxLength > 200
                || passwordMinLength < 8 || passwordMaxLength < passwordMinLength || passwordMaxLength > 128
                || userIdSymbols == null || passwordSymbols == null || passwordCharacters == null) {
            throw new InvalidValueException("credential.policy.invalid");
        }
        // A policy that allows any character follows NIST throughout: room for passphrases, no composition rules.
        if (passwordCharacters == PasswordCharacters.ANY && (passwordMaxLength < NIST_MIN_MAX_LENGTH
                || requireLetter || requireDigit || requireSymbol || requireMixedCase)) {
            throw new InvalidValueException("credential.policy.invalid");
        }
    }

    /** A policy of listed characters, as every insurer had before {@link PasswordCharacters} existed. */
    public CredentialPolicy(int userIdMinLength, int userIdMaxLength, String userIdSymbols,
                            int passwordMinLength, int passwordMaxLength, String passwordSymbols,
                            boolean requireLetter, boolean requireDigit, boolean requireSymbol,
                            boolean requireMixedCase) {
        this(userIdMinLength, userIdMaxLength, userIdSymbols, passwordMinLength, passwordMaxLength, passwordSymbols,
                requireLetter, requireDigit, requireSymbol, requireMixedCase, PasswordCharacters.LISTED);
    }

    public static CredentialPolicy manualDefault() {
        return new CredentialPolicy(6, 50, "@-_.+", 8, 20, "?!@#$%&()_+", true, true, true, false);
    }

    /**
     * NIST SP 800-63B-4 (2025) for a password that is the only factor, as at this site's login:
     * at least 15 characters (8 is its minimum only when the password is one factor of several),
     * up to 128 (it asks for at least 64), any Unicode character including spaces and Japanese, no
     * composition rules; the block-list, the user ID and birth-date checks still apply. The user ID
     * rules stay the manual's.
     */
    public static CredentialPolicy nist() {
        return new CredentialPolicy(6, 50, "@-_.+", 15, 128, "", false, false, false, false, PasswordCharacters.ANY);
    }

    /** Checks the user ID's shape alone (used before the uniqueness lookup). */
    public List<CredentialViolation> checkUserId(String userId) {
        List<CredentialViolation> out = new ArrayList<>();
        String id = userId == null ? "" : userId;
        if (id.length() < userIdMinLength || id.length() > userIdMaxLength) {
            out.add(CredentialViolation.of(CredentialField.USER_ID, "credential.userId.length", userIdMinLength, userIdMaxLength));
        }
        if (!id.chars().allMatch(c -> isAsciiLetter(c) || isAsciiDigit(c) || userIdSymbols.indexOf(c) >= 0)) {
            out.add(CredentialViolation.of(CredentialField.USER_ID, "credential.userId.chars", userIdSymbols));
        }
        return out;
    }

    /**
     * Every rule the chosen credentials break, in form order. An empty list means they are
     * acceptable (uniqueness of the user ID is checked by the caller).
     */
    public List<CredentialViolation> check(String userId, String password, String confirmation, LocalDate birthDate) {
        List<CredentialViolation> out = new ArrayList<>(checkUserId(userId));
        String pw = password == null ? "" : password;
        CredentialField p = CredentialField.PASSWORD;
        int length = pw.codePointCount(0, pw.length());
        if (length < passwordMinLength || length > passwordMaxLength) {
            out.add(CredentialViolation.of(p, "credential.password.length", passwordMinLength, passwordMaxLength));
        }
        if (passwordCharacters == PasswordCharacters.ANY) {
            if (pw.codePoints().anyMatch(Character::isISOControl)) {
                out.add(CredentialViolation.of(p, "credential.password.control"));
            }
        } else if (hasFullWidthAscii(pw)) {
            // Typed with the IME on: one message that says so, not "no letter, no digit, no symbol, bad characters".
            out.add(CredentialViolation.of(p, "credential.password.fullWidth"));
        } else {
            checkComposition(pw, out);
        }
        if (CommonPasswords.isCommon(pw)) {
            out.add(CredentialViolation.of(p, "credential.password.common"));
        }
        if (!pw.isEmpty() && userId != null && pw.toLowerCase(Locale.ROOT).equals(userId.toLowerCase(Locale.ROOT))) {
            out.add(CredentialViolation.of(p, "credential.password.equalsUserId"));
        }
        if (birthDate != null && containsBirthDate(pw, birthDate)) {
            out.add(CredentialViolation.of(p, "credential.password.containsBirthDate"));
        }
        if (!pw.equals(confirmation == null ? "" : confirmation)) {
            out.add(CredentialViolation.of(CredentialField.PASSWORD_CONFIRMATION, "credential.confirmation.mismatch"));
        }
        return out;
    }

    private void checkComposition(String pw, List<CredentialViolation> out) {
        CredentialField p = CredentialField.PASSWORD;
        if (!pw.chars().allMatch(c -> isAsciiLetter(c) || isAsciiDigit(c) || passwordSymbols.indexOf(c) >= 0)) {
            out.add(CredentialViolation.of(p, "credential.password.chars", passwordSymbols));
        }
        if (requireLetter && pw.chars().noneMatch(CredentialPolicy::isAsciiLetter)) {
            out.add(CredentialViolation.of(p, "credential.password.letter"));
        }
        if (requireDigit && pw.chars().noneMatch(CredentialPolicy::isAsciiDigit)) {
            out.add(CredentialViolation.of(p, "credential.password.digit"));
        }
        if (requireSymbol && pw.chars().noneMatch(c -> passwordSymbols.indexOf(c) >= 0)) {
            out.add(CredentialViolation.of(p, "credential.password.symbol", passwordSymbols));
        }
        if (requireMixedCase && (pw.chars().noneMatch(Character::isUpperCase) || pw.chars().noneMatch(Character::isLowerCase))) {
            out.add(CredentialViolation.of(p, "credential.password.mixedCase"));
        }
    }

    /**
     * Any character beyond ASCII: full-width letters, digits and symbols, the ideographic space, and
     * kana or kanji typed with the IME on. Under a policy of listed characters none is allowed, and
     * "no letter, no digit" would be wrong about a password of full-width letters and digits.
     */
    private static boolean hasFullWidthAscii(String pw) {
        return pw.chars().anyMatch(c -> c > 0x7E);
    }

    /** The password alone (password reset): same rules, no user ID to compare with unless given. */
    public List<CredentialViolation> checkPassword(String userId, String password, String confirmation, LocalDate birthDate) {
        return check(userId, password, confirmation, birthDate).stream()
                .filter(v -> v.field() != CredentialField.USER_ID).toList();
    }

    private static boolean containsBirthDate(String pw, LocalDate birthDate) {
        for (String pattern : List.of("yyyyMMdd", "yyMMdd")) {
            if (pw.contains(birthDate.format(DateTimeFormatter.ofPattern(pattern, Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
