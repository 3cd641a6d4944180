package jp.kenpo.kennin.adapters.web.staff.helpdesk;

import java.util.Objects;
import jp.kenpo.kennin.application.helpdesk.ExportAuditLogUseCase;
import jp.kenpo.kennin.application.helpdesk.FindMemberUseCase;
import jp.kenpo.kennin.application.helpdesk.QueryAuditLogUseCase;
import jp.kenpo.kennin.application.helpdesk.ResendMemberCodeUseCase;
import jp.kenpo.kennin.application.helpdesk.SaveAnswersForMemberUseCase;
import jp.kenpo.kennin.application.helpdesk.ShowMemberCaseUseCase;
import jp.kenpo.kennin.application.helpdesk.SubmitForMemberUseCase;
import jp.kenpo.kennin.application.helpdesk.UnlockMemberUseCase;
import jp.kenpo.kennin.application.helpdesk.UploadDocumentForMemberUseCase;
import jp.kenpo.kennin.application.helpdesk.ViewMemberDocumentUseCase;
import jp.kenpo.kennin.application.helpdesk.WriteCallNoteUseCase;
import jp.kenpo.kennin.application.review.ExtendMemberDeadlineUseCase;
import jp.kenpo.kennin.application.review.ReturnMemberResponseUseCase;

/** The use cases behind the help desk's and the audit log's pages, wired once in bootstrap. */
public record HelpDeskUseCases(FindMemberUseCase find, ShowMemberCaseUseCase show, UnlockMemberUseCase unlock,
                               ResendMemberCodeUseCase resend, ExtendMemberDeadlineUseCase extend,
                               ReturnMemberResponseUseCase sendBack, WriteCallNoteUseCase writeNote,
                               SaveAnswersForMemberUseCase saveAnswers, UploadDocumentForMemberUseCase uploadDocument,
                               SubmitForMemberUseCase submit, ViewMemberDocumentUseCase viewDocument,
                               QueryAuditLogUseCase queryLog, ExportAuditLogUseCase exportLog) {
    public HelpDeskUseCases {
        Objects.requireNonNull(find);
        Objects.requireNonNull(show);
        Objects.requireNonNull(unlock);
        Objects.requireNonNull(resend);
        Objects.requireNonNull(extend);
        Objects.requireNonNull(sendBack);
        Objects.requireNonNull(writeNote);
        Objects.requireNonNull(saveAnswers);
        Objects.requireNonNull(uploadDocument);
        Objects.requireNonNull(submit);
        Objects.requireNonNull(viewDocument);
        Objects.requireNonNull(queryLog);
        Objects.requireNonNull(exportLog);
    }
}
