package jp.kenpo.kennin.domain.staff;

import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import jp.kenpo.kennin.domain.text.JapaneseText;

/**
 * A single-use code that stands in for the authenticator when it is lost: ten characters from an
 * alphabet without look-alikes (no 0/o, 1/l/i), shown as two groups of five ({@code k7m2p-x9rtq},
 * about 50 bits). What is typed is compared after NFKC (full-width is the same), lower case and
 * with hyphens and spaces removed, so the groups may be typed either way.
 */
public final class RecoveryCode {
    public static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    public static final int LENGTH = 10;
    /** How many codes a staff member is given at enrolment. */
    public static final int COUNT = 10;

    private RecoveryCode() {
    }

    /** A new code as it is shown, from a cryptographically strong generator the caller supplies. */
    public static String generate(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH + 1);
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * The comparable form of what was typed; empty when it cannot be a recovery code (wrong length or
     * characters), so nothing else is looked up.
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = JapaneseText.nfkc(typed).toLowerCase(Locale.ROOT).replaceAll("[\\s\\-‐‑–—ー−]", "");
        if (s.length() != LENGTH || !s.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(s);
    }
}
