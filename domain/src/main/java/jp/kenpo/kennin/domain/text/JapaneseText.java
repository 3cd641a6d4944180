package jp.kenpo.kennin.domain.text;

import java.text.Normalizer;

/**
 * The one place where Japanese input of every width is normalised before comparison.
 * Never use these forms for display or storage of what the user typed.
 */
public final class JapaneseText {
    private JapaneseText() {
    }

    /** NFKC (full-width digits and ASCII to half-width, half-width kana to full-width) and trim. */
    public static String nfkc(String raw) {
        if (raw == null) {
            return "";
        }
        if (isAscii(raw)) {
            return raw.strip(); // NFKC leaves ASCII as it is; most roster cells (numbers, dates, addresses) are
        }
        return Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * The key two kana names are compared by: NFKC, hiragana to katakana, dash-like marks to
     * the long-vowel mark ー, and every space (either width) removed.
     */
    public static String kanaKey(String raw) {
        String s = nfkc(raw);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            if (c >= '\u3041' && c <= '\u3096') {
                c = (char) (c + 0x60);
            } else if (c == '\u309D' || c == '\u309E') {
                c = (char) (c + 0x60);
            } else if (c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013'
                    || c == '\u2014' || c == '\u2015' || c == '\u2212' || c == '\u301C' || c == '~') {
                c = '\u30FC';
            }
            out.append(c);
        }
        return out.toString();
    }

    /** True when, after {@link #kanaKey}, the text is only katakana, ー and the middle dot ・. */
    public static boolean isKatakanaName(String raw) {
        String key = kanaKey(raw);
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= '\u30A1' && c <= '\u30FA') && c != '\u30FC' && c != '\u30FB' && c != '\u30FD' && c != '\u30FE') {
                return false;
            }
        }
        return true;
    }
}
