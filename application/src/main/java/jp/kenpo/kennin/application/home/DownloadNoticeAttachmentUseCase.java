package jp.kenpo.kennin.application.home;

import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.insurer.NoticePort.AttachmentContent;
import jp.kenpo.kennin.domain.account.AccountId;

/** An attachment of one of the member's insurer's notices; empty for any other id. */
public interface DownloadNoticeAttachmentUseCase {
    Optional<AttachmentContent> downloadAttachment(AccountId account, long attachmentId, ClientAddress client);
}
