package jp.kenpo.kennin.application.survey;

import java.util.Optional;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.survey.SurveySubmission;

/** Submissions with their receipt numbers, and the deadlines staff extended for single members. */
public interface SurveySubmissionPort {
    /** @throws DuplicateReceiptException when the receipt number is already taken */
    void saveSubmission(SurveySubmission submission);

    /** The member's most recent submission in that survey year. */
    Optional<SurveySubmission> latestSubmission(InsurerCode insurer, int fiscalYear, MemberId member);

    Optional<SurveyDeadline> deadlineExtension(InsurerCode insurer, int fiscalYear, MemberId member);

    /** Inserts or replaces the member's extension. */
    void extendDeadline(InsurerCode insurer, int fiscalYear, MemberId member, SurveyDeadline until);

    final class DuplicateReceiptException extends RuntimeException {
        public DuplicateReceiptException(String receipt) {
            super("receipt number already used: " + receipt);
        }
    }
}
