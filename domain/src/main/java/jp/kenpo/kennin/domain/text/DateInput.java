package jp.kenpo.kennin.domain.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a calendar date typed as YYYY/MM/DD, YYYY-MM-DD or YYYYMMDD, in any width. */
public final class DateInput {
    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})[/\\-.](\\d{1,2})[/\\-.](\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private DateInput() {
    }

    public static Optional<LocalDate> parse(String raw) {
        String s = JapaneseText.nfkc(raw).replace(" ", "");
        Matcher m = SEPARATED.matcher(s);
        if (!m.matches()) {
            m = COMPACT.matcher(s);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
