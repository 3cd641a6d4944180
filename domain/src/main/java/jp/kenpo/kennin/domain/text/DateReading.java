package jp.kenpo.kennin.domain.text;

import java.time.LocalDate;
import java.util.Objects;

/** What {@link DateInput#read} made of a typed date: a day, or the reason it is none. */
public sealed interface DateReading permits DateReading.Day, DateReading.Refused {
    record Day(LocalDate date) implements DateReading {
        public Day {
            Objects.requireNonNull(date);
        }
    }

    record Refused(DateProblem problem) implements DateReading {
        public Refused {
            Objects.requireNonNull(problem);
        }
    }
}
