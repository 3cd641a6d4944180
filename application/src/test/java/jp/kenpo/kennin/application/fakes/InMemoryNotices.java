package jp.kenpo.kennin.application.fakes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.insurer.NoticePort;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.notice.Notice;

public final class InMemoryNotices implements NoticePort {
    private record Stored(InsurerCode insurer, Notice notice) {
    }

    private record StoredAttachment(InsurerCode insurer, long id, AttachmentContent content) {
    }

    private final List<Stored> notices = new ArrayList<>();
    private final List<StoredAttachment> attachments = new ArrayList<>();
    private long nextId = 1;

    @Override
    public synchronized List<Notice> publishedNotices(InsurerCode insurer, LocalDate today) {
        return notices.stream()
                .filter(s -> s.insurer().equals(insurer) && !s.notice().publishedOn().isAfter(today))
                .map(Stored::notice)
                .sorted(Comparator.comparing(Notice::publishedOn).thenComparingLong(Notice::id).reversed())
                .toList();
    }

    @Override
    public synchronized long postNotice(InsurerCode insurer, String title, String body, LocalDate publishedOn,
                                        List<NewAttachment> newAttachments) {
        long noticeId = nextId++;
        List<Notice.NoticeAttachmentInfo> infos = new ArrayList<>();
        for (NewAttachment a : newAttachments) {
            long id = nextId++;
            attachments.add(new StoredAttachment(insurer, id, new AttachmentContent(a.fileName(), a.contentType(), a.content())));
            infos.add(new Notice.NoticeAttachmentInfo(id, a.fileName(), a.contentType(), a.content().length));
        }
        notices.add(new Stored(insurer, new Notice(noticeId, title, body, publishedOn, infos)));
        return noticeId;
    }

    @Override
    public synchronized Optional<AttachmentContent> loadAttachment(InsurerCode insurer, long attachmentId) {
        return attachments.stream().filter(a -> a.insurer().equals(insurer) && a.id() == attachmentId)
                .map(StoredAttachment::content).findFirst();
    }
}
