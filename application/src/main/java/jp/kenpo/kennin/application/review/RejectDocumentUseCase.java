package jp.kenpo.kennin.application.review;

import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.review.DocumentRejectionReason;

/**
 * Staff refuse one uploaded file with a reason (マイナンバーが写っている, 不鮮明, ...). It no longer
 * satisfies the checklist; the member sees which file and why. When the dependent's response is
 * submitted it is sent back (差し戻し) in the same transaction, naming the file and the reason, and the
 * member is mailed. Only while the response is submitted or sent back. Requires {@code REVIEW}; audited.
 */
public interface RejectDocumentUseCase {
    RejectDocumentResult rejectDocument(RejectDocumentCommand command);

    /** @param message optional words for the member, added to the return reason */
    record RejectDocumentCommand(SignedInStaff staff, MemberId member, StoredDocument.Id file,
                                 DocumentRejectionReason reason, Optional<String> message, ClientAddress client) {
        public RejectDocumentCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(member);
            Objects.requireNonNull(file);
            Objects.requireNonNull(reason);
            message = message == null ? Optional.empty() : message.map(String::strip).filter(m -> !m.isEmpty());
            Objects.requireNonNull(client);
        }
    }

    sealed interface RejectDocumentResult {
        /**
         * @param responseReturned the response was submitted and is now sent back
         * @param mailSent         the member was mailed about the return
         */
        record Rejected(boolean responseReturned, boolean mailSent) implements RejectDocumentResult {
        }

        record AlreadyRejected() implements RejectDocumentResult {
        }

        /** The response is neither submitted nor sent back (the member still has it, or it is decided). */
        record NotReviewable() implements RejectDocumentResult {
        }

        /** @param code an unacceptable message */
        record Invalid(String code) implements RejectDocumentResult {
        }

        /** No such file of a dependent of this member, insurer and survey year. */
        record NotFound() implements RejectDocumentResult {
        }
    }
}
