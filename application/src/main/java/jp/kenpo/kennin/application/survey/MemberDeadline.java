package jp.kenpo.kennin.application.survey;

import java.time.LocalDate;
import jp.kenpo.kennin.domain.survey.SurveyYear;

/**
 * The last day this member may submit: the survey's deadline, or the later day staff extended it
 * to for them. The survey form works it out the same way; every member page showing a deadline
 * must agree with it.
 */
final class MemberDeadline {
    private MemberDeadline() {
    }

    static LocalDate of(MemberSurvey.Context c, SurveySubmissionPort submissions) {
        SurveyYear year = c.year();
        return year.deadlineFor(submissions.deadlineExtension(year.insurer(), year.fiscalYear(), c.member().id())).day();
    }
}
