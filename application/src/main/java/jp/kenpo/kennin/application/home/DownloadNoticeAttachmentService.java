package jp.kenpo.kennin.application.home;

import java.time.Clock;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.account.LoadAccountPort;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.insurer.NoticePort;
import jp.kenpo.kennin.application.insurer.NoticePort.AttachmentContent;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.audit.AuditAction;

public final class DownloadNoticeAttachmentService implements DownloadNoticeAttachmentUseCase {
    private final LoadAccountPort accounts;
    private final NoticePort notices;
    private final AuditTrail audit;

    public DownloadNoticeAttachmentService(LoadAccountPort accounts, NoticePort notices, RecordAuditPort audit, Clock clock) {
        this.accounts = accounts;
        this.notices = notices;
        this.audit = new AuditTrail(audit, clock);
    }

    @Override
    public Optional<AttachmentContent> downloadAttachment(AccountId accountId, long attachmentId, ClientAddress client) {
        Optional<Account> account = accounts.loadAccount(accountId);
        Optional<AttachmentContent> content = account.flatMap(a -> notices.loadAttachment(a.insurer(), attachmentId));
        content.ifPresent(c -> audit.account(AuditAction.NOTICE_ATTACHMENT_DOWNLOADED, account.get(), client,
                "attachment=" + attachmentId));
        return content;
    }
}
