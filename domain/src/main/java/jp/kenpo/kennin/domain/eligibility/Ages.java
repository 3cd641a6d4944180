package jp.kenpo.kennin.domain.eligibility;

import java.time.LocalDate;
import jp.kenpo.kennin.domain.InvalidValueException;

/**
 * Ages as Japanese law counts them (年齢計算ニ関スル法律 and 民法 第143条): a person attains age N
 * at the end of the day before their Nth birthday, so on that eve they already count as N. Someone
 * born on 1 April is therefore a school year older than someone born on 2 April.
 */
public final class Ages {
    private Ages() {
    }

    /** The age on {@code date} by the birthday-eve rule. */
    public static int ageOn(LocalDate birthDate, LocalDate date) {
        Inputs.present(birthDate, "birthDate");
        Inputs.present(date, "date");
        if (date.isBefore(birthDate)) {
            throw new InvalidValueException("eligibility.birthDate.afterDate");
        }
        int age = date.getYear() - birthDate.getYear() + 1;
        while (age > 0 && eveOfBirthday(birthDate, age).isAfter(date)) {
            age--;
        }
        return age;
    }

    /** The age on 31 December of {@code year}: the 150万 band for ages 19–22 counts it so. */
    public static int ageOnLastDayOfYear(LocalDate birthDate, int year) {
        Inputs.present(birthDate, "birthDate");
        return ageOn(birthDate, LocalDate.of(year, 12, 31));
    }

    /**
     * The first day a person is past age N's eve; 後期高齢者医療 starts on it, not on the eve. For
     * someone born on 29 February this is 1 March in common years, the day after they attain the age.
     */
    public static LocalDate birthday(LocalDate birthDate, int age) {
        Inputs.present(birthDate, "birthDate");
        return eveOfBirthday(birthDate, age).plusDays(1);
    }

    /**
     * The day age N is attained. When the anniversary does not exist (29 February in a common
     * year) the period ends on the last day of that month (民法 第143条第2項 ただし書), which is
     * the date {@code plusYears} clamps to.
     */
    private static LocalDate eveOfBirthday(LocalDate birthDate, int age) {
        LocalDate anniversary = birthDate.plusYears(age);
        return anniversary.getDayOfMonth() == birthDate.getDayOfMonth() ? anniversary.minusDays(1) : anniversary;
    }
}
