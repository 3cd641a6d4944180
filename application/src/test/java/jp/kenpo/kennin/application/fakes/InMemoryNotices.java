package jp.kenpo.kennin.application.fakes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.insurer.NoticePort;
import jp.kenpo.kennin.application.notice.StaffNoticePort;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.notice.Notice;
import jp.kenpo.kennin.domain.notice.NoticeState;

/** Notices as members and staff see them: one store, so what staff withdraw is gone for members. */
public final class InMemoryNotices implements NoticePort, StaffNoticePort {
    private static final class Stored {
        final InsurerCode insurer;
        final long id;
        String title;
        String body;
        LocalDate publishedOn;
        NoticeState state;
        Optional<Instant> createdAt;
        Optional<Instant> updatedAt;

        Stored(InsurerCode insurer, long id, String title, String body, LocalDate publishedOn, NoticeState state,
               Optional<Instant> at) {
            this.insurer = insurer;
            this.id = id;
            this.title = title;
            this.body = body;
            this.publishedOn = publishedOn;
            this.state = state;
            this.createdAt = at;
            this.updatedAt = at;
        }
    }

    private record StoredAttachment(InsurerCode insurer, long noticeId, long id, AttachmentContent content) {
    }

    private final List<Stored> notices = new ArrayList<>();
    private final List<StoredAttachment> attachments = new ArrayList<>();
    private long nextId = 1;

    @Override
    public synchronized List<Notice> publishedNotices(InsurerCode insurer, LocalDate today) {
        return notices.stream()
                .filter(s -> s.insurer.equals(insurer) && s.state == NoticeState.PUBLISHED && !s.publishedOn.isAfter(today))
                .map(this::toNotice)
                .sorted(Comparator.comparing(Notice::publishedOn).thenComparingLong(Notice::id).reversed())
                .toList();
    }

    @Override
    public synchronized long postNotice(InsurerCode insurer, String title, String body, LocalDate publishedOn,
                                        List<NewAttachment> newAttachments) {
        long noticeId = nextId++;
        notices.add(new Stored(insurer, noticeId, title, body == null ? "" : body, publishedOn, NoticeState.PUBLISHED,
                Optional.empty()));
        for (NewAttachment a : newAttachments) {
            attach(insurer, noticeId, a);
        }
        return noticeId;
    }

    @Override
    public synchronized Optional<AttachmentContent> loadAttachment(InsurerCode insurer, long attachmentId) {
        return attachments.stream().filter(a -> a.insurer().equals(insurer) && a.id() == attachmentId)
                .filter(a -> find(insurer, a.noticeId()).filter(n -> n.state == NoticeState.PUBLISHED).isPresent())
                .map(StoredAttachment::content).findFirst();
    }

    @Override
    public synchronized List<StaffNotice> noticesOf(InsurerCode insurer) {
        return notices.stream().filter(s -> s.insurer.equals(insurer))
                .sorted(Comparator.<Stored, LocalDate>comparing(s -> s.publishedOn).thenComparingLong(s -> s.id).reversed())
                .map(this::toStaffNotice).toList();
    }

    @Override
    public synchronized Optional<StaffNotice> notice(InsurerCode insurer, long noticeId) {
        return find(insurer, noticeId).map(this::toStaffNotice);
    }

    @Override
    public synchronized long createDraft(InsurerCode insurer, String title, String body, LocalDate publishedOn, Instant at) {
        long noticeId = nextId++;
        notices.add(new Stored(insurer, noticeId, title, body == null ? "" : body, publishedOn, NoticeState.DRAFT,
                Optional.of(at)));
        return noticeId;
    }

    @Override
    public synchronized boolean edit(InsurerCode insurer, long noticeId, String title, String body, LocalDate publishedOn,
                                     Instant at) {
        Optional<Stored> found = find(insurer, noticeId).filter(s -> s.state.editable());
        found.ifPresent(s -> {
            s.title = title;
            s.body = body == null ? "" : body;
            s.publishedOn = publishedOn;
            s.updatedAt = Optional.of(at);
        });
        return found.isPresent();
    }

    @Override
    public synchronized boolean changeState(InsurerCode insurer, long noticeId, NoticeState from, NoticeState to, Instant at) {
        Optional<Stored> found = find(insurer, noticeId).filter(s -> s.state == from);
        found.ifPresent(s -> {
            s.state = to;
            s.updatedAt = Optional.of(at);
        });
        return found.isPresent();
    }

    @Override
    public synchronized Optional<Long> addAttachment(InsurerCode insurer, long noticeId, NewAttachment attachment, Instant at) {
        if (find(insurer, noticeId).filter(s -> s.state.editable()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(attach(insurer, noticeId, attachment));
    }

    @Override
    public synchronized boolean removeAttachment(InsurerCode insurer, long noticeId, long attachmentId, Instant at) {
        if (find(insurer, noticeId).filter(s -> s.state.editable()).isEmpty()) {
            return false;
        }
        return attachments.removeIf(a -> a.insurer().equals(insurer) && a.noticeId() == noticeId && a.id() == attachmentId);
    }

    @Override
    public synchronized Optional<AttachmentContent> attachment(InsurerCode insurer, long attachmentId) {
        return attachments.stream().filter(a -> a.insurer().equals(insurer) && a.id() == attachmentId)
                .map(StoredAttachment::content).findFirst();
    }

    private long attach(InsurerCode insurer, long noticeId, NewAttachment a) {
        long id = nextId++;
        attachments.add(new StoredAttachment(insurer, noticeId, id, new AttachmentContent(a.fileName(), a.contentType(), a.content())));
        return id;
    }

    private Optional<Stored> find(InsurerCode insurer, long noticeId) {
        return notices.stream().filter(s -> s.insurer.equals(insurer) && s.id == noticeId).findFirst();
    }

    private Notice toNotice(Stored s) {
        List<Notice.NoticeAttachmentInfo> infos = attachments.stream().filter(a -> a.noticeId() == s.id)
                .map(a -> new Notice.NoticeAttachmentInfo(a.id(), a.content().fileName(), a.content().contentType(),
                        a.content().content().length))
                .toList();
        return new Notice(s.id, s.title, s.body, s.publishedOn, infos);
    }

    private StaffNotice toStaffNotice(Stored s) {
        return new StaffNotice(toNotice(s), s.state, s.createdAt, s.updatedAt);
    }
}
