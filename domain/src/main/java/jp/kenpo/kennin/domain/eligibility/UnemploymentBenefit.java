package jp.kenpo.kennin.domain.eligibility;

import jp.kenpo.kennin.domain.InvalidValueException;

/** Where the dependent stands with 雇用保険の基本手当; only {@code RECEIVING} has a daily amount. */
public record UnemploymentBenefit(State state, long dailyAmount) {
    private static final long MAX_DAILY = 1_000_000;

    public enum State { NOT_CLAIMING, WAITING_OR_RESTRICTED, DEFERRED, FINISHED, RECEIVING }

    public UnemploymentBenefit {
        Inputs.present(state, "state");
        boolean paid = state == State.RECEIVING;
        if (paid ? dailyAmount <= 0 || dailyAmount > MAX_DAILY : dailyAmount != 0) {
            throw new InvalidValueException("dependent.unemploymentBenefit.invalid");
        }
    }

    public static UnemploymentBenefit notClaiming() {
        return new UnemploymentBenefit(State.NOT_CLAIMING, 0);
    }

    /** 待期期間 or 給付制限期間: nothing is paid yet. */
    public static UnemploymentBenefit waitingOrRestricted() {
        return new UnemploymentBenefit(State.WAITING_OR_RESTRICTED, 0);
    }

    /** 受給期間延長 (pregnancy, illness, ...). */
    public static UnemploymentBenefit deferred() {
        return new UnemploymentBenefit(State.DEFERRED, 0);
    }

    public static UnemploymentBenefit finished() {
        return new UnemploymentBenefit(State.FINISHED, 0);
    }

    public static UnemploymentBenefit receiving(long dailyAmount) {
        return new UnemploymentBenefit(State.RECEIVING, dailyAmount);
    }

    public boolean isReceiving() {
        return state == State.RECEIVING;
    }

    /** Nothing paid yet, but payment will start: the member must report it then. */
    public boolean isPending() {
        return state == State.WAITING_OR_RESTRICTED || state == State.DEFERRED;
    }

    public long annualYen() {
        return dailyAmount * IncomeLimit.DAYS_PER_YEAR;
    }
}
