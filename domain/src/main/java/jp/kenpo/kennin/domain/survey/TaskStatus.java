package jp.kenpo.kennin.domain.survey;

/**
 * Where one dependent's part of the survey stands, as the member's task list says it: what is left
 * for the member to do (start, finish the answers, upload documents, submit) or what happened since.
 */
public enum TaskStatus {
    /** Nothing answered yet (未着手). */
    NOT_STARTED,
    /** Some questions still unanswered (入力中). */
    IN_PROGRESS,
    /** Answered, but a required document is not uploaded yet, or was refused (書類不足). */
    DOCUMENTS_MISSING,
    /** Answered with every document: it goes with the next submission (提出できます). */
    READY,
    /** With staff (提出済). */
    SUBMITTED,
    /** Staff sent it back to be corrected (差し戻し). */
    RETURNED,
    /** Staff decided 継続 (確認完了). */
    CONFIRMED,
    /** Staff decided 削除 (削除決定). */
    REMOVED;

    /**
     * @param status           the response's stored status
     * @param answered         no question is left unanswered (or a loss of status was declared)
     * @param documentsComplete every required document is uploaded and none of them refused
     */
    public static TaskStatus of(SurveyStatus status, boolean answered, boolean documentsComplete) {
        return switch (status) {
            case CONFIRMED -> CONFIRMED;
            case REMOVED -> REMOVED;
            case SUBMITTED -> SUBMITTED;
            case RETURNED -> RETURNED;
            case NOT_STARTED, IN_PROGRESS -> {
                if (!answered) {
                    yield status == SurveyStatus.NOT_STARTED ? NOT_STARTED : IN_PROGRESS;
                }
                yield documentsComplete ? READY : DOCUMENTS_MISSING;
            }
        };
    }

    /** Nothing is left for the member to do about this dependent before (or after) submitting. */
    public boolean done() {
        return this == READY || this == SUBMITTED || this == CONFIRMED || this == REMOVED;
    }

    /** The member still has to do something before this dependent can be submitted. */
    public boolean waitsForTheMember() {
        return this == NOT_STARTED || this == IN_PROGRESS || this == DOCUMENTS_MISSING || this == RETURNED;
    }
}
