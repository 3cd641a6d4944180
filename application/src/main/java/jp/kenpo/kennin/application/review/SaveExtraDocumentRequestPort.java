package jp.kenpo.kennin.application.review;

import jp.kenpo.kennin.domain.review.ExtraDocumentRequest;

public interface SaveExtraDocumentRequestPort {
    void saveExtraRequest(ExtraDocumentRequest request);
}
