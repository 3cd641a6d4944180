package jp.kenpo.kennin.application.survey;

import java.time.Clock;
import jp.kenpo.kennin.application.survey.ShowSurveyConfirmationUseCase.SurveyConfirmation;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;

/** Builds the confirmation the page shows and the submission checks, so both see the same thing. */
final class SurveyConfirmations {
    private final SurveyReviews reviews;
    private final SurveySubmissionPort submissions;
    private final Clock clock;

    SurveyConfirmations(SurveyPorts ports, Clock clock) {
        this.reviews = new SurveyReviews(ports);
        this.submissions = ports.submissions();
        this.clock = clock;
    }

    SurveyConfirmation of(MemberSurvey.Context c) {
        var year = c.year();
        SurveyDeadline deadline = year.deadlineFor(submissions.deadlineExtension(year.insurer(), year.fiscalYear(),
                c.member().id()));
        return new SurveyConfirmation(year.title(), reviews.all(c), deadline, deadline.isPast(clock.instant()),
                submissions.latestSubmission(year.insurer(), year.fiscalYear(), c.member().id()));
    }
}
