package jp.kenpo.kennin.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import jp.kenpo.kennin.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 年齢計算ニ関スル法律: an age is attained on the eve of the birthday. */
class AgesCountedFromTheBirthdayEveTest {

    @ParameterizedTest(name = "[{index}] born {0}, on {1} aged {2}")
    @CsvSource({
            "2000-04-02, 2020-03-31, 19",
            "2000-04-02, 2020-04-01, 20",
            "2000-04-01, 2020-03-30, 19",
            "2000-04-01, 2020-03-31, 20",
            "2000-01-01, 2000-01-01, 0",
            "2000-01-01, 2000-12-30, 0",
            "2000-01-01, 2000-12-31, 1",
            "2003-01-01, 2025-12-31, 23",
            "2003-01-02, 2025-12-31, 22",
            // 29 February in a common year: the period ends on the last day of February.
            "2004-02-29, 2025-02-27, 20",
            "2004-02-29, 2025-02-28, 21",
            "2004-02-29, 2028-02-27, 23",
            "2004-02-29, 2028-02-28, 24",
            // 1 March in a leap year: the eve is 29 February.
            "1953-03-01, 2028-02-28, 74",
            "1953-03-01, 2028-02-29, 75",
            "1953-03-01, 2027-02-28, 74",
    })
    void ageOnADate(LocalDate birthDate, LocalDate date, int age) {
        assertThat(Ages.ageOn(birthDate, date)).isEqualTo(age);
    }

    @ParameterizedTest(name = "[{index}] born {0}, on 31 December {1} aged {2}")
    @CsvSource({"2003-01-01, 2025, 23", "2003-01-02, 2025, 22", "2007-01-01, 2025, 19", "2007-01-02, 2025, 18"})
    void ageOnTheLastDayOfTheYear(LocalDate birthDate, int year, int age) {
        assertThat(Ages.ageOnLastDayOfYear(birthDate, year)).isEqualTo(age);
    }

    @ParameterizedTest(name = "[{index}] born {0}, birthday {1} is {2}")
    @CsvSource({
            "1950-06-15, 75, 2025-06-15",
            "1950-03-01, 75, 2025-03-01",
            "1953-03-01, 75, 2028-03-01",
            "1952-02-29, 75, 2027-03-01",
            "1952-02-29, 76, 2028-02-29",
    })
    void theBirthdayIsTheDayAfterTheAgeIsAttained(LocalDate birthDate, int age, LocalDate birthday) {
        assertThat(Ages.birthday(birthDate, age)).isEqualTo(birthday);
    }

    @Test
    void thereIsNoAgeBeforeBirth() {
        assertThatThrownBy(() -> Ages.ageOn(LocalDate.of(2020, 5, 1), LocalDate.of(2020, 4, 30)))
                .isInstanceOf(InvalidValueException.class).hasMessage("eligibility.birthDate.afterDate");
    }
}
