package jp.kenpo.kennin.adapters.web.support;

import jp.kenpo.kennin.adapters.web.kit.Messages;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Dates, times and sizes as members read them; the patterns live in the message bundle. */
public final class DisplayFormats {
    private final Clock clock;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;
    private final DateTimeFormatter dateTime;
    private final Messages messages;

    public DisplayFormats(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
        this.date = DateTimeFormatter.ofPattern(messages.text("format.date"), messages.locale());
        this.time = DateTimeFormatter.ofPattern(messages.text("format.time"), messages.locale());
        this.dateTime = DateTimeFormatter.ofPattern(messages.text("format.dateTime"), messages.locale());
    }

    public String date(LocalDate day) {
        return date.format(day);
    }

    /** A moment a member must wait for: the time alone when it is today, else with the date. */
    public String until(Instant moment) {
        ZonedDateTime at = moment.atZone(clock.getZone());
        boolean today = at.toLocalDate().equals(LocalDate.now(clock));
        return (today ? time : dateTime).format(at);
    }

    /** A moment on record, such as a submission: the full date with the year, then the time (in the clock's zone, Tokyo). */
    public String dateTime(Instant moment) {
        ZonedDateTime at = moment.atZone(clock.getZone());
        return date(at.toLocalDate()) + " " + time.format(at);
    }

    public String fileSize(long bytes) {
        if (bytes < 1024) {
            return messages.text("format.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return messages.text("format.size.kb", (bytes + 1023) / 1024);
        }
        return messages.text("format.size.mb", String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0)));
    }
}
