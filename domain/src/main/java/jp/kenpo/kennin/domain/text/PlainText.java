package jp.kenpo.kennin.domain.text;

/**
 * Text meant to stay on one line as written: names, roster cells. A line break in an insurer's
 * name once broke every mail header it went into; a NUL is refused by PostgreSQL; a direction
 * override (U+202E) makes a name display as something else. None of them belongs in such a value.
 */
public final class PlainText {
    private PlainText() {
    }

    /**
     * Whether {@code text} has a control character (C0 and C1, including tab, CR, LF, NUL and
     * DEL), a Unicode line or paragraph separator, or a bidirectional embedding, override or
     * isolate. Spaces of either width and the joiners inside emoji are ordinary text.
     */
    public static boolean hasControlCharacters(CharSequence text) {
        // A plain loop rather than codePoints(): every cell of every roster row passes through here.
        int length = text.length();
        for (int i = 0; i < length; ) {
            char unit = text.charAt(i);
            if (unit >= ' ' && unit < 0x7F) { // printable ASCII, most of a roster, needs no Unicode table
                i++;
                continue;
            }
            int c = Character.codePointAt(text, i);
            if (isControl(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    private static boolean isControl(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
