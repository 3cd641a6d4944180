package jp.kenpo.kennin.domain.eligibility;

/** Which income limit applies to a dependent. */
public enum IncomeBand {
    /** 130万. */
    STANDARD,
    /** 180万: aged 60 or over, or disabled. */
    ELDERLY_OR_DISABLED,
    /** 150万: aged 19 to 22 on 31 December, not a spouse, for certification dates from 2025-10-01. */
    YOUNG_ADULT
}
