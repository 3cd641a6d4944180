package jp.kenpo.kennin.application.review;

import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.document.DocumentRenditionPort;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.member.MemberId;

/**
 * Staff look at one page of a member's uploaded file as an image made on the server (a PDF page
 * drawn, a HEIC photo converted), so no member's file is ever run in the staff's browser. Requires
 * {@code VIEW_DOCUMENTS}; the file must be a dependent's of this member of the staff's insurer;
 * every page shown is audited as a view of the member's data.
 */
public interface ViewDocumentRenditionUseCase {
    ViewDocumentRenditionResult viewDocumentRendition(ViewDocumentRenditionCommand command);

    /** @param page 1-based */
    record ViewDocumentRenditionCommand(SignedInStaff staff, MemberId member, StoredDocument.Id document, int page,
                                        ClientAddress client) {
        public ViewDocumentRenditionCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(member);
            Objects.requireNonNull(document);
            Objects.requireNonNull(client);
        }
    }

    sealed interface ViewDocumentRenditionResult {
        record Shown(DocumentRenditionPort.PageImage image) implements ViewDocumentRenditionResult {
            public Shown {
                Objects.requireNonNull(image);
            }
        }

        record NoSuchPage(int pageCount) implements ViewDocumentRenditionResult {
        }

        /** No image can be made (unreadable, too costly, converter missing): offer the file as a download. */
        record CannotDisplay(DocumentRenditionPort.Reason reason) implements ViewDocumentRenditionResult {
        }

        /** An unknown file, another member's or another insurer's alike. */
        record NotFound() implements ViewDocumentRenditionResult {
        }
    }
}
