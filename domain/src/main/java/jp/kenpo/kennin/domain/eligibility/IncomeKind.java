package jp.kenpo.kennin.domain.eligibility;

/**
 * The kinds of income that count, before tax. Retirement lump sums and one-off income do not
 * count and are left out by the caller; unemployment benefit comes from {@link UnemploymentBenefit}.
 */
public enum IncomeKind {
    /** Including commuting allowance. */
    SALARY,
    /** One entry per pension, non-taxable survivor and disability pensions included. */
    PUBLIC_PENSION,
    /** Business, farming or rental income after the expenses the insurer accepts. */
    BUSINESS,
    /** 傷病手当金, 出産手当金. */
    SICKNESS_OR_MATERNITY_ALLOWANCE,
    OTHER
}
