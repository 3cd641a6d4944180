package jp.kenpo.kennin.domain.survey;

/**
 * The questions of one dependent's survey form. Some apply only after earlier answers (the
 * remittance only to someone living apart, the daily amount only while benefit is paid, the
 * support reason only for parents); see {@link SurveyAnswers#applicable}.
 */
public enum Question {
    LIVING, RESIDENCE, SITUATION, SALARY, PENSION, BUSINESS_INCOME, OTHER_INCOME, EMPLOYMENT_CHANGED,
    UNEMPLOYMENT_BENEFIT, BENEFIT_DAILY_AMOUNT, OTHER_HEALTH_INSURANCE, DISABLED, REMITTANCE, PARENT_SUPPORT_REASON,
    /** The member's own expected income: asked on every form but stored once per member and year. */
    MEMBER_INCOME
}
