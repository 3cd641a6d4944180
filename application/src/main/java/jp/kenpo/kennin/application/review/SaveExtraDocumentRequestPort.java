package jp.kenpo.kennin.application.review;

import jp.kenpo.kennin.domain.review.ExtraDocumentRequest;

/** Staff's 追加書類依頼 (extra_document_request). */
public interface SaveExtraDocumentRequestPort {
    /**
     * Stores the request only while the dependent's response is submitted or sent back, in one
     * conditional insert.
     *
     * @return false when the response is in another state (nothing stored)
     */
    boolean saveExtraRequest(ExtraDocumentRequest request);
}
