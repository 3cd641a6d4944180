package jp.kenpo.kennin.domain.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A deadline day: it ends at 23:59:59 JST, i.e. answers are accepted until the next day begins in Tokyo. */
public record SurveyDeadline(LocalDate day) {
    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    public SurveyDeadline {
        java.util.Objects.requireNonNull(day);
    }

    /** The first instant that is too late. */
    public Instant firstLateInstant() {
        return ZonedDateTime.of(day.plusDays(1).atStartOfDay(), TOKYO).toInstant();
    }

    public boolean isPast(Instant now) {
        return !now.isBefore(firstLateInstant());
    }
}
