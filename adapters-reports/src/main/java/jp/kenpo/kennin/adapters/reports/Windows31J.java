package jp.kenpo.kennin.adapters.reports;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.Map;

/**
 * Text as Windows-31J can hold it, for the CSV most core systems read. Characters it cannot hold
 * would become a silent '?' in Java's default encoder, which reads like real data; instead:
 * <ul>
 * <li>the characters JIS and Microsoft map differently (〜 − ‖ — as typed on a Mac or taken from
 *     a JIS-mapped system) become the Windows forms they mean (～ － ∥ ―);</li>
 * <li>anything else (𠮷 and other characters outside JIS X 0208 and the NEC/IBM extensions,
 *     accented letters) becomes 〓 (下駄記号), the mark Japanese systems have always used for a
 *     character they cannot show, and the cell is counted, so the export's audit line says how
 *     many cells need a look; staff who need every character choose UTF-8 or XLSX.</li>
 * </ul>
 */
final class Windows31J {
    static final Charset CHARSET = Charset.forName("Windows-31J");
    static final char GETA = '〓';
    private static final Map<Integer, Integer> MICROSOFT_FORMS = Map.of(
            0x301C, 0xFF5E, // WAVE DASH → FULLWIDTH TILDE
            0x2212, 0xFF0D, // MINUS SIGN → FULLWIDTH HYPHEN-MINUS
            0x2016, 0x2225, // DOUBLE VERTICAL LINE → PARALLEL TO
            0x2014, 0x2015); // EM DASH → HORIZONTAL BAR

    private final CharsetEncoder probe = CHARSET.newEncoder();
    private long replacedCells;

    /** An encoder that fails rather than writing '?', for the writer: after {@link #fit} nothing should fail. */
    static CharsetEncoder strictEncoder() {
        return CHARSET.newEncoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** {@code cell} with every character Windows-31J holds; counts the cell when one had to become 〓. */
    String fit(String cell) {
        if (probe.canEncode(cell)) {
            return cell;
        }
        StringBuilder fitted = new StringBuilder(cell.length());
        boolean replaced = false;
        for (int i = 0; i < cell.length(); ) {
            int codePoint = cell.codePointAt(i);
            i += Character.charCount(codePoint);
            int windows = MICROSOFT_FORMS.getOrDefault(codePoint, codePoint);
            String character = new String(Character.toChars(windows));
            if (probe.canEncode(character)) {
                fitted.append(character);
            } else {
                fitted.append(GETA);
                replaced = true;
            }
        }
        if (replaced) {
            replacedCells++;
        }
        return fitted.toString();
    }

    long replacedCells() {
        return replacedCells;
    }
}
