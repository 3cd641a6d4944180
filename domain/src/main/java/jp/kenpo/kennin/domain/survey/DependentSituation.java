package jp.kenpo.kennin.domain.survey;

/** What the dependent mainly does now, as the survey form asks it (状況). */
public enum DependentSituation {
    WORKING_UNDER_THE_LIMIT, STUDENT, UNABLE_TO_WORK, ON_WELFARE, JOB_SEEKING, PENSIONER, NO_INCOME
}
