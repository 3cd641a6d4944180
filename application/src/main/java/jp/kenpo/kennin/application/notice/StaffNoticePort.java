package jp.kenpo.kennin.application.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.application.insurer.NoticePort.AttachmentContent;
import jp.kenpo.kennin.application.insurer.NoticePort.NewAttachment;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.notice.Notice;
import jp.kenpo.kennin.domain.notice.NoticeState;

/**
 * Notices as staff keep them: every state, each write scoped by the insurer so that another
 * insurer's notice id simply matches nothing. Changes are conditional updates (the state a
 * change starts from is part of its WHERE), never a read followed by a write.
 */
public interface StaffNoticePort {
    /** Every notice of the insurer, newest publication day first. */
    List<StaffNotice> noticesOf(InsurerCode insurer);

    Optional<StaffNotice> notice(InsurerCode insurer, long noticeId);

    /** Stores a new draft; returns its id. */
    long createDraft(InsurerCode insurer, String title, String body, LocalDate publishedOn, Instant at);

    /** @return false when the notice is not the insurer's or is withdrawn */
    boolean edit(InsurerCode insurer, long noticeId, String title, String body, LocalDate publishedOn, Instant at);

    /** Moves the notice to {@code to} only if it is the insurer's and now in {@code from}. */
    boolean changeState(InsurerCode insurer, long noticeId, NoticeState from, NoticeState to, Instant at);

    /** Adds the attachment only to a notice of the insurer that is not withdrawn; returns the attachment's id. */
    Optional<Long> addAttachment(InsurerCode insurer, long noticeId, NewAttachment attachment, Instant at);

    /** @return false when no such attachment belongs to a not withdrawn notice of the insurer */
    boolean removeAttachment(InsurerCode insurer, long noticeId, long attachmentId, Instant at);

    /** An attachment of any of the insurer's notices, whatever its state, for staff to check what members get. */
    Optional<AttachmentContent> attachment(InsurerCode insurer, long attachmentId);

    /**
     * @param createdAt empty for notices posted before the back office kept such times
     */
    record StaffNotice(Notice notice, NoticeState state, Optional<Instant> createdAt, Optional<Instant> updatedAt) {
        public StaffNotice {
            Objects.requireNonNull(notice);
            Objects.requireNonNull(state);
            Objects.requireNonNull(createdAt);
            Objects.requireNonNull(updatedAt);
        }
    }
}
