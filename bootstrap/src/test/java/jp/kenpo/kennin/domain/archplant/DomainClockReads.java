package jp.kenpo.kennin.domain.archplant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.JapaneseDate;
import java.util.Calendar;
import java.util.Date;

/** Every way of reading the clock that the domain must not use; one class each, so each is caught alone. */
public final class DomainClockReads {
    private DomainClockReads() {
    }

    public static final class LocalDateNow {
        Object read() { return LocalDate.now(); }
    }

    public static final class LocalDateNowGivenAClock {
        // Even with a clock passed in, the domain takes the date itself, not a clock.
        Object read(Clock clock) { return LocalDate.now(clock); }
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
        Object read() { return ZonedDateTime.now(ZoneId.of("Asia/Tokyo")); }
    }

    public static final class OffsetDateTimeNow {
        Object read() { return OffsetDateTime.now(); }
    }

    public static final class OffsetTimeNow {
        Object read() { return OffsetTime.now(); }
    }

    public static final class LocalTimeNow {
        Object read() { return LocalTime.now(); }
    }

    public static final class YearMonthNow {
        Object read() { return YearMonth.now(); }
    }

    public static final class MonthDayNow {
        Object read() { return MonthDay.now(); }
    }

    public static final class JapaneseDateNow {
        Object read() { return JapaneseDate.now(); }
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

    public static final class CalendarGetInstance {
        Object read() { return Calendar.getInstance(); }
    }
}
