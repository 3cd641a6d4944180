package jp.kenpo.kennin.application.helpdesk;

import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.survey.ViewSurveyDocumentUseCase.DocumentDownload;
import jp.kenpo.kennin.domain.member.MemberId;

/** Staff open a proof document of a member of their insurer. Requires {@code VIEW_DOCUMENTS}; every view is audited. */
public interface ViewMemberDocumentUseCase {
    /** Empty for an unknown document, another member's and another insurer's alike. */
    Optional<DocumentDownload> viewMemberDocument(SignedInStaff staff, MemberId member, StoredDocument.Id document,
                                                  ClientAddress client);
}
