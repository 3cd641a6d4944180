package jp.kenpo.kennin.application.review;

import java.util.Objects;
import jp.kenpo.kennin.application.mailing.QueueResultNoticePort;
import jp.kenpo.kennin.application.progress.ProgressTracker;
import jp.kenpo.kennin.application.staff.StaffPort;
import jp.kenpo.kennin.application.survey.SurveyPorts;
import jp.kenpo.kennin.application.transaction.Transactions;

/** The out-ports the review's use cases read and write through, wired once. */
public record ReviewPorts(SurveyPorts survey, ReviewDecisionPort decisions, ReviewClaimPort claims,
                          DocumentRejectionPort rejections, SaveExtraDocumentRequestPort extraRequests,
                          FourEyesPort fourEyes, QueueResultNoticePort resultNotices, StaffPort staff,
                          Transactions transactions, ProgressTracker progress) {
    public ReviewPorts {
        Objects.requireNonNull(survey);
        Objects.requireNonNull(decisions);
        Objects.requireNonNull(claims);
        Objects.requireNonNull(rejections);
        Objects.requireNonNull(extraRequests);
        Objects.requireNonNull(fourEyes);
        Objects.requireNonNull(resultNotices);
        Objects.requireNonNull(staff);
        Objects.requireNonNull(transactions);
        Objects.requireNonNull(progress);
    }
}
