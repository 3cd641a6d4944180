package jp.kenpo.kennin.domain.eligibility;

import jp.kenpo.kennin.domain.InvalidValueException;

/**
 * One expected income for the next twelve months, in yen. A salary read from payslips is
 * usually stated per month: when every income is monthly, the insurer's monthly figure judges it.
 */
public record Income(IncomeKind kind, long yen, Period period) {
    /** Far above any income, so annualising can never overflow. */
    static final long MAX_YEN = 100_000_000_000L;

    public enum Period { ANNUAL, MONTHLY }

    public Income {
        Inputs.present(kind, "kind");
        Inputs.present(period, "period");
        if (yen < 0 || yen > MAX_YEN) {
            throw new InvalidValueException("dependent.income.outOfRange");
        }
    }

    public static Income annual(IncomeKind kind, long yen) {
        return new Income(kind, yen, Period.ANNUAL);
    }

    public static Income monthly(IncomeKind kind, long yen) {
        return new Income(kind, yen, Period.MONTHLY);
    }

    public long annualYen() {
        return period == Period.MONTHLY ? yen * 12 : yen;
    }
}
