package jp.kenpo.kennin.application.survey;

import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.dependent.DependentId;

/** Removes a file the member uploaded by mistake, until the response is submitted. */
public interface DeleteSurveyDocumentUseCase {
    DeleteSurveyDocumentResult deleteSurveyDocument(AccountId account, StoredDocument.Id document, ClientAddress client);

    sealed interface DeleteSurveyDocumentResult {
        record Deleted(DependentId dependent) implements DeleteSurveyDocumentResult {
        }

        /** Unknown, or someone else's. */
        record NotFound() implements DeleteSurveyDocumentResult {
        }

        /** Submitted: staff have it as it was. */
        record Locked(DependentId dependent) implements DeleteSurveyDocumentResult {
        }
    }
}
