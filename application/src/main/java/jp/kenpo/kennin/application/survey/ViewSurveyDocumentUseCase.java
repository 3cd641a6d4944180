package jp.kenpo.kennin.application.survey;

import java.io.InputStream;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.domain.account.AccountId;

/** Hands a proof document back to the member who uploaded it; every view is audited. */
public interface ViewSurveyDocumentUseCase {
    /** Empty for an unknown id and for a document of someone else's dependent alike. */
    Optional<DocumentDownload> viewSurveyDocument(AccountId account, StoredDocument.Id document, ClientAddress client);

    /** @param content the bytes, for the caller to close */
    record DocumentDownload(SurveyDocument document, InputStream content) {
    }
}
