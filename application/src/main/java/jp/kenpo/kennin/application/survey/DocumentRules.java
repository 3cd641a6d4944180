package jp.kenpo.kennin.application.survey;

import jp.kenpo.kennin.domain.survey.SurveyResponse;
import jp.kenpo.kennin.domain.survey.SurveyStatus;

/** When a member may change the files of a response; the same answer for the page and for the action. */
final class DocumentRules {
    /** Most files one dependent may have: a full checklist with several pages each, not a photo album. */
    static final int MAX_FILES_PER_DEPENDENT = 30;

    private DocumentRules() {
    }

    /** A missing document can still be sent after submission; once staff have confirmed, it is decided. */
    static boolean canAdd(SurveyResponse response) {
        return response.status() != SurveyStatus.CONFIRMED;
    }

    /** What was submitted stays as staff received it, unless they send it back. */
    static boolean canRemove(SurveyResponse response) {
        return !response.isReadOnly();
    }
}
