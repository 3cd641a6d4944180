package jp.kenpo.kennin.domain.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import jp.kenpo.kennin.domain.InvalidValueException;

/**
 * An income limit and its monthly and daily equivalents. Every figure is one the income must be
 * <em>under</em> (未満): an insurer publishing "108,333円以下" has a monthly limit of 108,334.
 */
public record IncomeLimit(long annual, long monthly, long daily) {
    /** Insurers turn a year into days as 360 (hence 3,612 = 1,300,000 / 360 rounded up). */
    static final int DAYS_PER_YEAR = 360;

    public IncomeLimit {
        if (annual <= 0 || monthly <= 0 || daily <= 0) {
            throw new InvalidValueException("eligibility.incomeLimit.invalid");
        }
    }

    /**
     * Monthly = annual / 12 and daily = annual / 360, rounded as the insurer chooses: CEILING gives
     * 108,334 and 3,612 for 130万 (the same as "108,333円以下"), FLOOR gives 108,333 and 3,611.
     */
    public static IncomeLimit under(long annual, RoundingMode rounding) {
        Inputs.present(rounding, "rounding");
        return new IncomeLimit(annual, divide(annual, 12, rounding), divide(annual, DAYS_PER_YEAR, rounding));
    }

    private static long divide(long yen, int parts, RoundingMode rounding) {
        try {
            return BigDecimal.valueOf(yen).divide(BigDecimal.valueOf(parts), 0, rounding).longValueExact();
        } catch (ArithmeticException inexactWithUnnecessary) {
            throw new InvalidValueException("eligibility.incomeLimit.invalid");
        }
    }
}
