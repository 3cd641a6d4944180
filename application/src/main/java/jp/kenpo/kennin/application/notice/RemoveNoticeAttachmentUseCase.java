package jp.kenpo.kennin.application.notice;

import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.SignedInStaff;

/** Takes an attachment off a notice that is not withdrawn (MANAGE_NOTICES). */
public interface RemoveNoticeAttachmentUseCase {
    RemoveNoticeAttachmentResult removeNoticeAttachment(RemoveNoticeAttachmentCommand command);

    record RemoveNoticeAttachmentCommand(SignedInStaff actor, long noticeId, long attachmentId, ClientAddress client) {
        public RemoveNoticeAttachmentCommand {
            Objects.requireNonNull(actor);
            Objects.requireNonNull(client);
        }
    }

    sealed interface RemoveNoticeAttachmentResult {
        record Removed() implements RemoveNoticeAttachmentResult {
        }

        record NotFound() implements RemoveNoticeAttachmentResult {
        }
    }
}
