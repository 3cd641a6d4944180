package jp.kenpo.kennin.application.helpdesk;

import java.io.InputStream;
import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.survey.UploadSurveyDocumentUseCase.UploadSurveyDocumentResult;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.member.MemberId;

/**
 * 代行入力 of a document: staff upload a scan of what the member sent on paper, checked exactly
 * as the member's own uploads are. Requires {@code HELP_MEMBERS} and a reason; shown as entered by staff.
 */
public interface UploadDocumentForMemberUseCase {
    UploadDocumentForMemberResult uploadDocumentForMember(UploadDocumentForMemberCommand command);

    /** @param kind a {@link jp.kenpo.kennin.domain.eligibility.DocumentKind} name as posted */
    record UploadDocumentForMemberCommand(SignedInStaff staff, MemberId member, DependentId dependent, String kind,
                                          InputStream content, String fileName, String contentType, String reason,
                                          ClientAddress client) {
        public UploadDocumentForMemberCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(member);
            Objects.requireNonNull(dependent);
            Objects.requireNonNull(content);
            Objects.requireNonNull(client);
        }
    }

    sealed interface UploadDocumentForMemberResult {
        record Done(UploadSurveyDocumentResult outcome) implements UploadDocumentForMemberResult {
        }

        record NotFound() implements UploadDocumentForMemberResult {
        }

        record NotRegistered() implements UploadDocumentForMemberResult {
        }

        record Invalid(String code) implements UploadDocumentForMemberResult {
        }
    }
}
