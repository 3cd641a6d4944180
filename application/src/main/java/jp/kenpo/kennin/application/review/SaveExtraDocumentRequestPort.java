package jp.kenpo.kennin.application.review;

import jp.kenpo.kennin.domain.review.ExtraDocumentRequest;

/** Staff's 追加書類依頼 (extra_document_request). */
public interface SaveExtraDocumentRequestPort {
    /**
     * Stores the request only while the dependent's response is submitted or sent back, decided
     * under a lock on that response; the same request (kind and note) stored already is not stored
     * again, so a double click is one line on the member's checklist.
     *
     * @return false when the response is in another state (nothing stored); true when stored or
     *         already there
     */
    boolean saveExtraRequest(ExtraDocumentRequest request);
}
