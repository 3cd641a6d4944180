package jp.kenpo.kennin.application.review;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.kenpo.kennin.application.document.DocumentRenditionPort.PageCount;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.member.MemberId;

/**
 * How many page images each of a member's files shows as, so the review screen can lay out one
 * image per PDF page, or say at once that a file cannot be displayed. Requires {@code VIEW_DOCUMENTS};
 * files that are not this member's (of the staff's insurer) are left out. Nothing of the content is
 * shown, so nothing is audited here: each page image is, when it is fetched.
 */
public interface CountDocumentPagesUseCase {
    Map<StoredDocument.Id, PageCount> countDocumentPages(CountDocumentPagesCommand command);

    record CountDocumentPagesCommand(SignedInStaff staff, MemberId member, List<StoredDocument.Id> documents) {
        public CountDocumentPagesCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(member);
            documents = List.copyOf(documents);
        }
    }
}
