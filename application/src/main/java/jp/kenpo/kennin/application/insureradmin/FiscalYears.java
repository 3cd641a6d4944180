package jp.kenpo.kennin.application.insureradmin;

import java.time.LocalDate;
import java.time.Month;

/** 年度: Japanese fiscal years start on 1 April, so January to March belong to the year before. */
final class FiscalYears {
    private FiscalYears() {
    }

    static int of(LocalDate day) {
        return day.getMonth().compareTo(Month.APRIL) >= 0 ? day.getYear() : day.getYear() - 1;
    }
}
