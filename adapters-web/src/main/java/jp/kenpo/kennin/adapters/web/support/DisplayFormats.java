package jp.kenpo.kennin.adapters.web.support;

import jp.kenpo.kennin.adapters.web.kit.Messages;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.chrono.JapaneseDate;
import java.time.temporal.ChronoField;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import jp.kenpo.kennin.domain.account.Language;

/**
 * Dates, times and sizes as members read them, in the language of the request being served; the
 * patterns live in the message bundles and are parsed once per language at start.
 */
public final class DisplayFormats {
    private static final DateTimeFormatter ERA = DateTimeFormatter.ofPattern("GGGG", Locale.JAPAN);
    private final Clock clock;
    private final Languages languages;
    private final Map<Language, Patterns> patterns = new EnumMap<>(Language.class);

    private record Patterns(DateTimeFormatter date, DateTimeFormatter time, DateTimeFormatter dateTime) {
        static Patterns of(Messages messages) {
            return new Patterns(DateTimeFormatter.ofPattern(messages.text("format.date"), messages.locale()),
                    DateTimeFormatter.ofPattern(messages.text("format.time"), messages.locale()),
                    DateTimeFormatter.ofPattern(messages.text("format.dateTime"), messages.locale()));
        }
    }

    public DisplayFormats(Languages languages, Clock clock) {
        this.languages = languages;
        this.clock = clock;
        for (Language language : Language.values()) {
            patterns.put(language, Patterns.of(languages.messages(language)));
        }
    }

    private Patterns patterns() {
        return patterns.get(languages.current());
    }

    public String date(LocalDate day) {
        return patterns().date().format(day);
    }

    /** A moment a member must wait for: the time alone when it is today, else with the date. */
    public String until(Instant moment) {
        ZonedDateTime at = moment.atZone(clock.getZone());
        boolean today = at.toLocalDate().equals(LocalDate.now(clock));
        Patterns p = patterns();
        return (today ? p.time() : p.dateTime()).format(at);
    }

    /** A moment on record, such as a submission: the full date with the year, then the time (in the clock's zone, Tokyo). */
    public String dateTime(Instant moment) {
        ZonedDateTime at = moment.atZone(clock.getZone());
        return date(at.toLocalDate()) + " " + patterns().time().format(at);
    }

    /**
     * The Japanese era year a day falls in, as offices write it on certificates: 「令和7年」, and
     * 「令和元年」 for an era's first year. Also on English pages, where it names what to ask for.
     */
    public String japaneseYear(LocalDate day) {
        JapaneseDate date = JapaneseDate.from(day);
        int year = date.get(ChronoField.YEAR_OF_ERA);
        return ERA.format(date) + (year == 1 ? "元" : Integer.toString(year)) + "年";
    }

    public String fileSize(long bytes) {
        Messages messages = languages.messages();
        if (bytes < 1024) {
            return messages.text("format.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return messages.text("format.size.kb", (bytes + 1023) / 1024);
        }
        return messages.text("format.size.mb", String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0)));
    }
}
