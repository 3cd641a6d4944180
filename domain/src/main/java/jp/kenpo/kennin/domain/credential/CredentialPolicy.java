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
 * insurer may configure its own.
 */
public record CredentialPolicy(int userIdMinLength, int userIdMaxLength, String userIdSymbols,
                               int passwordMinLength, int passwordMaxLength, String passwordSymbols,
                               boolean requireLetter, boolean requireDigit, boolean requireSymbol,
                               boolean requireMixedCase) {

    public CredentialPolicy {
        if (userIdMinLength < 1 || userIdMaxLength < userIdMinLength || userIdMaxLength > 200
                || passwordMinLength < 8 || passwordMaxLength < passwordMinLength || passwordMaxLength > 128
                || userIdSymbols == null || passwordSymbols == null) {
            throw new InvalidValueException("credential.policy.invalid");
        }
    }

    public static CredentialPolicy manualDefault() {
        return new CredentialPolicy(6, 50, "@-_.+", 8, 20, "?!@#$%&()_+", true, true, true, false);
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
        if (pw.length() < passwordMinLength || pw.length() > passwordMaxLength) {
            out.add(CredentialViolation.of(p, "credential.password.length", passwordMinLength, passwordMaxLength));
        }
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
