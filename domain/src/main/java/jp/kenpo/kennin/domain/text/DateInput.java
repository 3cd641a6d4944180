package jp.kenpo.kennin.domain.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a calendar date typed as YYYY/MM/DD, YYYY-MM-DD or YYYYMMDD, in any width.
 *
 * <p>The forms are {@code (\d{4})[/\-.](\d{1,2})[/\-.](\d{1,2})} and {@code (\d{4})(\d{2})(\d{2})}
 * with ASCII digits (after NFKC), read by hand rather than by regex because every roster row has
 * a date or two.
 *
 * <p>{@link #read} is the reader for dates a person types into a form (a birth date at sign-up):
 * it also reads 和暦 and 年月日, and says why a date is none, so that an impossible date can be
 * explained as such. {@link #parse} stays the strict reader of files and staff forms.
 */
public final class DateInput {
    /** 西暦 with 年月日: 1980年6月21日 (日 may be left off). */
    private static final Pattern WESTERN_KANJI = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日?");
    /** 和暦: an era by name or letter, 元 or a year, then 年月日 or . / - between the parts. */
    private static final Pattern ERA = Pattern.compile(
            "(令和|平成|昭和|大正|R|H|S|T)(元|\\d{1,2})(?:年|[./-])(\\d{1,2})(?:月|[./-])(\\d{1,2})日?");

    private DateInput() {
    }

    /** A Japanese era: its first and last day (令和 has none yet). */
    private enum Era {
        TAISHO(LocalDate.of(1912, 7, 30), LocalDate.of(1926, 12, 24)),
        SHOWA(LocalDate.of(1926, 12, 25), LocalDate.of(1989, 1, 7)),
        HEISEI(LocalDate.of(1989, 1, 8), LocalDate.of(2019, 4, 30)),
        REIWA(LocalDate.of(2019, 5, 1), LocalDate.MAX);

        private final LocalDate first;
        private final LocalDate last;

        Era(LocalDate first, LocalDate last) {
            this.first = first;
            this.last = last;
        }

        static Era named(String name) {
            return switch (name) {
                case "大正", "T" -> TAISHO;
                case "昭和", "S" -> SHOWA;
                case "平成", "H" -> HEISEI;
                default -> REIWA;
            };
        }
    }

    /**
     * Reads a date as a person types it: every form {@link #parse} reads, 1980年6月21日, and 和暦
     * (令和・平成・昭和・大正 or R・H・S・T in either width and case, 元年, 年月日 or . / - between the
     * parts), e.g. 平成5年2月17日, H5.2.17, S55/6/21, 令和元年5月1日. A date of the right shape that
     * the calendar or its era does not have is refused with its own reason, not as unreadable.
     */
    public static DateReading read(String raw) {
        String s = JapaneseText.nfkc(raw == null ? "" : raw).replaceAll("\\s+", "").toUpperCase(Locale.ROOT)
                .replaceAll("[\u2010-\u2015\u2212\u30FC]", "-");
        int[] ymd = s.length() == 8 && digits(s, 0, 8) ? compact(s) : separated(s);
        if (ymd == null) {
            Matcher kanji = WESTERN_KANJI.matcher(s);
            if (kanji.matches()) {
                ymd = new int[] {Integer.parseInt(kanji.group(1)), Integer.parseInt(kanji.group(2)),
                        Integer.parseInt(kanji.group(3))};
            }
        }
        if (ymd != null) {
            return day(ymd[0], ymd[1], ymd[2]);
        }
        Matcher era = ERA.matcher(s);
        if (!era.matches()) {
            return new DateReading.Refused(DateProblem.UNREADABLE);
        }
        return eraDay(Era.named(era.group(1)), era.group(2).equals("元") ? 1 : Integer.parseInt(era.group(2)),
                Integer.parseInt(era.group(3)), Integer.parseInt(era.group(4)));
    }

    private static DateReading eraDay(Era era, int eraYear, int month, int dayOfMonth) {
        if (eraYear < 1) {
            return new DateReading.Refused(DateProblem.OUTSIDE_ERA);
        }
        DateReading reading = day(era.first.getYear() + eraYear - 1, month, dayOfMonth);
        if (reading instanceof DateReading.Day d && (d.date().isBefore(era.first) || d.date().isAfter(era.last))) {
            return new DateReading.Refused(DateProblem.OUTSIDE_ERA);
        }
        return reading;
    }

    private static DateReading day(int year, int month, int dayOfMonth) {
        try {
            return new DateReading.Day(LocalDate.of(year, month, dayOfMonth));
        } catch (DateTimeException e) {
            return new DateReading.Refused(DateProblem.NO_SUCH_DAY);
        }
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
