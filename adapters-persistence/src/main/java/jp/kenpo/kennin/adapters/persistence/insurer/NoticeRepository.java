package jp.kenpo.kennin.adapters.persistence.insurer;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.NOTICE;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.NOTICE_ATTACHMENT;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.insurer.NoticePort;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.notice.Notice;
import jp.kenpo.kennin.domain.notice.NoticeState;
import org.jooq.DSLContext;

/** Notices and their attachments, whose bytes live in the database next to everything else. */
public final class NoticeRepository implements NoticePort {
    /**
     * Attachments are manuals and Q&amp;A PDFs; anything larger does not belong in a table row
     * that is read whole into memory on download.
     */
    public static final int MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

    private final DSLContext dsl;

    public NoticeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Published notices only: drafts and withdrawn notices are staff's. */
    @Override
    public List<Notice> publishedNotices(InsurerCode insurer, LocalDate today) {
        return dsl.select(NOTICE.ID, NOTICE.TITLE, NOTICE.BODY, NOTICE.PUBLISHED_ON,
                        multiset(select(NOTICE_ATTACHMENT.ID, NOTICE_ATTACHMENT.FILE_NAME, NOTICE_ATTACHMENT.CONTENT_TYPE,
                                NOTICE_ATTACHMENT.BYTE_SIZE)
                                .from(NOTICE_ATTACHMENT)
                                .where(NOTICE_ATTACHMENT.NOTICE_ID.eq(NOTICE.ID))
                                .orderBy(NOTICE_ATTACHMENT.ID))
                                .convertFrom(attachments -> attachments.map(mapping(Notice.NoticeAttachmentInfo::new))))
                .from(NOTICE)
                .where(NOTICE.INSURER_CODE.eq(insurer.value()))
                .and(NOTICE.STATE.eq(NoticeState.PUBLISHED.name()))
                .and(NOTICE.PUBLISHED_ON.le(today))
                .orderBy(NOTICE.PUBLISHED_ON.desc(), NOTICE.ID.desc())
                .fetch(mapping(Notice::new));
    }

    @Override
    public long postNotice(InsurerCode insurer, String title, String body, LocalDate publishedOn,
                           List<NewAttachment> attachments) {
        for (NewAttachment attachment : attachments) {
            if (attachment.content().length > MAX_ATTACHMENT_BYTES) {
                throw new IllegalArgumentException("attachment over 20 MB: " + attachment.fileName());
            }
        }
        // A notice never shows without its attachments, even when the caller holds no transaction.
        return dsl.transactionResult(() -> {
            long noticeId = dsl.insertInto(NOTICE)
                    .set(NOTICE.INSURER_CODE, insurer.value())
                    .set(NOTICE.TITLE, title)
                    .set(NOTICE.BODY, body == null ? "" : body)
                    .set(NOTICE.PUBLISHED_ON, publishedOn)
                    .returning(NOTICE.ID)
                    .fetchSingle(NOTICE.ID);
            for (NewAttachment attachment : attachments) {
                dsl.insertInto(NOTICE_ATTACHMENT)
                        .set(NOTICE_ATTACHMENT.NOTICE_ID, noticeId)
                        .set(NOTICE_ATTACHMENT.FILE_NAME, attachment.fileName())
                        .set(NOTICE_ATTACHMENT.CONTENT_TYPE, attachment.contentType())
                        .set(NOTICE_ATTACHMENT.BYTE_SIZE, (long) attachment.content().length)
                        .set(NOTICE_ATTACHMENT.CONTENT, attachment.content())
                        .execute();
            }
            return noticeId;
        });
    }

    @Override
    public Optional<AttachmentContent> loadAttachment(InsurerCode insurer, long attachmentId) {
        return dsl.select(NOTICE_ATTACHMENT.FILE_NAME, NOTICE_ATTACHMENT.CONTENT_TYPE, NOTICE_ATTACHMENT.CONTENT)
                .from(NOTICE_ATTACHMENT)
                .join(NOTICE).on(NOTICE.ID.eq(NOTICE_ATTACHMENT.NOTICE_ID))
                .where(NOTICE_ATTACHMENT.ID.eq(attachmentId))
                .and(NOTICE.INSURER_CODE.eq(insurer.value()))
                // A draft's or a withdrawn notice's files are not handed to members.
                .and(NOTICE.STATE.eq(NoticeState.PUBLISHED.name()))
                .fetchOptional(mapping(AttachmentContent::new));
    }
}
