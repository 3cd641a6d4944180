package jp.kenpo.kennin.domain.eligibility;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/**
 * Which 課税（所得）証明書 a member is asked for: the 年度 (fiscal year) it is issued for, the
 * calendar year of income it shows (the year before), and the day whose address decides the
 * municipality that issues it (1 January of the 年度). Municipalities issue a 年度's certificate
 * from June, so before June the newest one is the year before's.
 *
 * @param fiscalYear the 年度 named on the certificate, in the western calendar (2025 for 令和7年度)
 */
public record IncomeCertificateYear(int fiscalYear) {
    /** The month from which municipalities issue the new 年度's certificate. */
    public static final Month ISSUED_FROM = Month.JUNE;

    public IncomeCertificateYear {
        if (fiscalYear < 1990 || fiscalYear > 2200) {
            throw new IllegalArgumentException("fiscal year out of range: " + fiscalYear);
        }
    }

    /** The newest certificate a member can obtain on {@code day}. */
    public static IncomeCertificateYear newestOn(LocalDate day) {
        Objects.requireNonNull(day);
        return new IncomeCertificateYear(day.getMonthValue() >= ISSUED_FROM.getValue() ? day.getYear() : day.getYear() - 1);
    }

    /** The calendar year whose January-to-December income the certificate shows. */
    public int incomeYear() {
        return fiscalYear - 1;
    }

    /** The day whose address decides which municipality issues the certificate. */
    public LocalDate residenceDay() {
        return LocalDate.of(fiscalYear, 1, 1);
    }

    /** The first day of the month from which it is issued. */
    public LocalDate issuedFrom() {
        return LocalDate.of(fiscalYear, ISSUED_FROM, 1);
    }
}
