package jp.kenpo.kennin.domain.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads a calendar date typed as YYYY/MM/DD, YYYY-MM-DD or YYYYMMDD, in any width.
 *
 * <p>The forms are {@code (\d{4})[/\-.](\d{1,2})[/\-.](\d{1,2})} and {@code (\d{4})(\d{2})(\d{2})}
 * with ASCII digits (after NFKC), read by hand rather than by regex because every roster row has
 * a date or two.
 */
public final class DateInput {
    private DateInput() {
    }

    public static Optional<LocalDate> parse(String raw) {
        String s = JapaneseText.nfkc(raw).replace(" ", "");
        int[] ymd = s.length() == 8 && digits(s, 0, 8) ? compact(s) : separated(s);
        if (ymd == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(ymd[0], ymd[1], ymd[2]));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** YYYYMMDD, already known to be eight digits. */
    private static int[] compact(String s) {
        return new int[] {number(s, 0, 4), number(s, 4, 6), number(s, 6, 8)};
    }

    /** YYYY, a separator, one or two digits, a separator, one or two digits; null when it is not that. */
    private static int[] separated(String s) {
        if (s.length() < 8 || !digits(s, 0, 4) || !isSeparator(s.charAt(4))) {
            return null;
        }
        int monthEnd = digitsEnd(s, 5);
        if (monthEnd == 5 || monthEnd > 7 || monthEnd >= s.length() || !isSeparator(s.charAt(monthEnd))) {
            return null;
        }
        int dayStart = monthEnd + 1;
        int dayEnd = digitsEnd(s, dayStart);
        if (dayEnd == dayStart || dayEnd > dayStart + 2 || dayEnd != s.length()) {
            return null;
        }
        return new int[] {number(s, 0, 4), number(s, 5, monthEnd), number(s, dayStart, dayEnd)};
    }

    private static boolean isSeparator(char c) {
        return c == '/' || c == '-' || c == '.';
    }

    private static boolean digits(String s, int from, int to) {
        return digitsEnd(s, from) >= to;
    }

    /** The index of the first non-digit at or after {@code from}, or the length. */
    private static int digitsEnd(String s, int from) {
        int i = from;
        while (i < s.length() && Digits.isAsciiDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int number(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }
}
