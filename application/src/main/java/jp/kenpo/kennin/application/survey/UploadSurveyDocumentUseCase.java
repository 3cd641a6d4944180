package jp.kenpo.kennin.application.survey;

import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.dependent.DependentId;

/**
 * Files a proof document under one requirement of a dependent's checklist, or replaces one. The
 * content decides what the file is; the stream is read once and never held whole in memory.
 */
public interface UploadSurveyDocumentUseCase {
    UploadSurveyDocumentResult uploadSurveyDocument(UploadSurveyDocumentCommand command);

    /**
     * @param kind        the requirement, a {@link jp.kenpo.kennin.domain.eligibility.DocumentKind} name as posted
     * @param content     the file's bytes; the caller closes it
     * @param fileName    the name the member's device gave it (may be null): only shown back, never trusted
     * @param contentType what the browser declared (may be null): only used to catch a file that lies
     * @param replacing   a file of the same dependent this one takes the place of
     */
    record UploadSurveyDocumentCommand(AccountId account, DependentId dependent, String kind, InputStream content,
                                       String fileName, String contentType, Optional<StoredDocument.Id> replacing,
                                       ClientAddress client) {
        public UploadSurveyDocumentCommand {
            Objects.requireNonNull(account);
            Objects.requireNonNull(dependent);
            Objects.requireNonNull(content);
            Objects.requireNonNull(replacing);
            Objects.requireNonNull(client);
        }
    }

    sealed interface UploadSurveyDocumentResult {
        record Uploaded(SurveyDocument document) implements UploadSurveyDocumentResult {
        }

        /** @param code the message key saying why (document.* codes) */
        record Rejected(String code) implements UploadSurveyDocumentResult {
        }

        /** Not a dependent (or a file) this account answers for. */
        record NotFound() implements UploadSurveyDocumentResult {
        }

        /** Staff have the response: nothing may be replaced, and after confirmation nothing added. */
        record Locked() implements UploadSurveyDocumentResult {
        }
    }
}
