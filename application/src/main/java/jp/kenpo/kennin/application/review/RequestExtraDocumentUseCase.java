package jp.kenpo.kennin.application.review;

import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.eligibility.DocumentKind;
import jp.kenpo.kennin.domain.member.MemberId;

/**
 * 追加書類依頼: staff ask for one more document of a kind, with a note. It becomes a line of the
 * member's checklist that a file of that kind uploaded afterwards satisfies, and submission needs
 * it. A submitted response is sent back in the same transaction with a reason naming the document;
 * the member is mailed. Only while the response is submitted or sent back. Requires {@code REVIEW}; audited.
 */
public interface RequestExtraDocumentUseCase {
    RequestExtraDocumentResult requestExtraDocument(RequestExtraDocumentCommand command);

    record RequestExtraDocumentCommand(SignedInStaff staff, MemberId member, DependentId dependent, DocumentKind kind,
                                       String note, ClientAddress client) {
        public RequestExtraDocumentCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(member);
            Objects.requireNonNull(dependent);
            Objects.requireNonNull(kind);
            Objects.requireNonNull(client);
        }
    }

    sealed interface RequestExtraDocumentResult {
        record Requested(boolean responseReturned, boolean mailSent) implements RequestExtraDocumentResult {
        }

        /** The response is neither submitted nor sent back. */
        record NotReviewable() implements RequestExtraDocumentResult {
        }

        /** @param code {@code review.extra.noteRequired} or {@code review.extra.noteTooLong} */
        record Invalid(String code) implements RequestExtraDocumentResult {
        }

        record NotFound() implements RequestExtraDocumentResult {
        }
    }
}
