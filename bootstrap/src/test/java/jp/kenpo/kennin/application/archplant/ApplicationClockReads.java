package jp.kenpo.kennin.application.archplant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Date;

/**
 * Clock reads a use case must not make: it is given a {@link Clock} (bootstrap's, in Asia/Tokyo)
 * so tests can set the time. One class each, so each is caught alone.
 */
public final class ApplicationClockReads {
    private ApplicationClockReads() {
    }

    public static final class LocalDateNow {
        Object read() { return LocalDate.now(); }
    }

    public static final class YearNow {
        Object read() { return Year.now(); }
    }

    public static final class InstantNow {
        Object read() { return Instant.now(); }
    }

    public static final class LocalDateTimeNow {
        Object read() { return LocalDateTime.now(); }
    }

    public static final class ZonedDateTimeNow {
        Object read() { return ZonedDateTime.now(); }
    }

    public static final class OffsetDateTimeNow {
        Object read() { return OffsetDateTime.now(); }
    }

    public static final class LocalTimeNow {
        Object read() { return LocalTime.now(); }
    }

    public static final class YearMonthNow {
        Object read() { return YearMonth.now(); }
    }

    public static final class ClockSystemDefaultZone {
        Object read() { return Clock.systemDefaultZone(); }
    }

    public static final class ClockSystemUtc {
        Object read() { return Clock.systemUTC(); }
    }

    public static final class CurrentTimeMillis {
        long read() { return System.currentTimeMillis(); }
    }

    public static final class NanoTime {
        long read() { return System.nanoTime(); }
    }

    public static final class NewDate {
        Object read() { return new Date(); }
    }

    /** Allowed: the time comes from the clock the use case was given. */
    public static final class ReadsTheGivenClock {
        private final Clock clock;

        ReadsTheGivenClock(Clock clock) {
            this.clock = clock;
        }

        Object read() { return LocalDate.now(clock).plusDays(Instant.now(clock).getEpochSecond() % 2); }
    }
}
