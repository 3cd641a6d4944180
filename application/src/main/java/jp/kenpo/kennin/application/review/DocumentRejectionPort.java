package jp.kenpo.kennin.application.review;

import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.domain.review.FileRejection;

/** Staff's refusal of a file, kept on survey_document. */
public interface DocumentRejectionPort {
    /**
     * Marks the file rejected only while it is not rejected and its dependent's response is submitted
     * or returned, in one conditional write.
     *
     * @return false when it was rejected already or the response is in another state
     */
    boolean rejectDocument(StoredDocument.Id file, FileRejection rejection);
}
