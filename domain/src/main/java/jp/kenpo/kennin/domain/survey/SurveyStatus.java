package jp.kenpo.kennin.domain.survey;

/** Where a member stands with this year's survey, as the main screen shows it. */
public enum SurveyStatus {
    NOT_STARTED, IN_PROGRESS, SUBMITTED, RETURNED, CONFIRMED
}
