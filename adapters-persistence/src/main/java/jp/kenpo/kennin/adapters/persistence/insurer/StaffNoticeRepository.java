package jp.kenpo.kennin.adapters.persistence.insurer;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.NOTICE;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.NOTICE_ATTACHMENT;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.insurer.NoticePort.AttachmentContent;
import jp.kenpo.kennin.application.insurer.NoticePort.NewAttachment;
import jp.kenpo.kennin.application.notice.StaffNoticePort;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.notice.Notice;
import jp.kenpo.kennin.domain.notice.NoticeState;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record8;
import org.jooq.ResultQuery;

/**
 * Notices as staff keep them. Every statement names the insurer in its WHERE, and every change
 * names the state it may start from, so a guessed id of another insurer or a notice withdrawn in
 * another tab simply changes no row.
 */
public final class StaffNoticeRepository implements StaffNoticePort {
    private final DSLContext dsl;

    public StaffNoticeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<StaffNotice> noticesOf(InsurerCode insurer) {
        return query(NOTICE.INSURER_CODE.eq(insurer.value())).fetch(mapping(StaffNoticeRepository::toStaffNotice));
    }

    @Override
    public Optional<StaffNotice> notice(InsurerCode insurer, long noticeId) {
        return query(NOTICE.INSURER_CODE.eq(insurer.value()).and(NOTICE.ID.eq(noticeId)))
                .fetchOptional(mapping(StaffNoticeRepository::toStaffNotice));
    }

    @Override
    public long createDraft(InsurerCode insurer, String title, String body, LocalDate publishedOn, Instant at) {
        return dsl.insertInto(NOTICE)
                .set(NOTICE.INSURER_CODE, insurer.value())
                .set(NOTICE.TITLE, title)
                .set(NOTICE.BODY, body == null ? "" : body)
                .set(NOTICE.PUBLISHED_ON, publishedOn)
                .set(NOTICE.STATE, NoticeState.DRAFT.name())
                .set(NOTICE.CREATED_AT, at)
                .set(NOTICE.UPDATED_AT, at)
                .returning(NOTICE.ID)
                .fetchSingle(NOTICE.ID);
    }

    @Override
    public boolean edit(InsurerCode insurer, long noticeId, String title, String body, LocalDate publishedOn, Instant at) {
        return dsl.update(NOTICE)
                .set(NOTICE.TITLE, title)
                .set(NOTICE.BODY, body == null ? "" : body)
                .set(NOTICE.PUBLISHED_ON, publishedOn)
                .set(NOTICE.UPDATED_AT, at)
                .where(editable(insurer, noticeId))
                .execute() == 1;
    }

    @Override
    public boolean changeState(InsurerCode insurer, long noticeId, NoticeState from, NoticeState to, Instant at) {
        var update = dsl.update(NOTICE)
                .set(NOTICE.STATE, to.name())
                .set(NOTICE.UPDATED_AT, at);
        if (to == NoticeState.WITHDRAWN) {
            update = update.set(NOTICE.WITHDRAWN_AT, at);
        }
        return update.where(NOTICE.INSURER_CODE.eq(insurer.value()))
                .and(NOTICE.ID.eq(noticeId))
                .and(NOTICE.STATE.eq(from.name()))
                .execute() == 1;
    }

    @Override
    public Optional<Long> addAttachment(InsurerCode insurer, long noticeId, NewAttachment attachment, Instant at) {
        if (attachment.content().length > NoticeRepository.MAX_ATTACHMENT_BYTES) {
            throw new IllegalArgumentException("attachment over 20 MB: " + attachment.fileName());
        }
        return dsl.transactionResult(() -> {
            // Touching the notice first both checks it is editable and locks it against a withdrawal meanwhile.
            if (dsl.update(NOTICE).set(NOTICE.UPDATED_AT, at).where(editable(insurer, noticeId)).execute() != 1) {
                return Optional.empty();
            }
            return Optional.of(dsl.insertInto(NOTICE_ATTACHMENT)
                    .set(NOTICE_ATTACHMENT.NOTICE_ID, noticeId)
                    .set(NOTICE_ATTACHMENT.FILE_NAME, attachment.fileName())
                    .set(NOTICE_ATTACHMENT.CONTENT_TYPE, attachment.contentType())
                    .set(NOTICE_ATTACHMENT.BYTE_SIZE, (long) attachment.content().length)
                    .set(NOTICE_ATTACHMENT.CONTENT, attachment.content())
                    .returning(NOTICE_ATTACHMENT.ID)
                    .fetchSingle(NOTICE_ATTACHMENT.ID));
        });
    }

    @Override
    public boolean removeAttachment(InsurerCode insurer, long noticeId, long attachmentId, Instant at) {
        return dsl.transactionResult(() -> {
            if (dsl.update(NOTICE).set(NOTICE.UPDATED_AT, at).where(editable(insurer, noticeId)).execute() != 1) {
                return false;
            }
            return dsl.deleteFrom(NOTICE_ATTACHMENT)
                    .where(NOTICE_ATTACHMENT.ID.eq(attachmentId))
                    .and(NOTICE_ATTACHMENT.NOTICE_ID.eq(noticeId))
                    .execute() == 1;
        });
    }

    @Override
    public Optional<AttachmentContent> attachment(InsurerCode insurer, long attachmentId) {
        return dsl.select(NOTICE_ATTACHMENT.FILE_NAME, NOTICE_ATTACHMENT.CONTENT_TYPE, NOTICE_ATTACHMENT.CONTENT)
                .from(NOTICE_ATTACHMENT)
                .join(NOTICE).on(NOTICE.ID.eq(NOTICE_ATTACHMENT.NOTICE_ID))
                .where(NOTICE_ATTACHMENT.ID.eq(attachmentId))
                .and(NOTICE.INSURER_CODE.eq(insurer.value()))
                .fetchOptional(mapping(AttachmentContent::new));
    }

    private static Condition editable(InsurerCode insurer, long noticeId) {
        return NOTICE.INSURER_CODE.eq(insurer.value())
                .and(NOTICE.ID.eq(noticeId))
                .and(NOTICE.STATE.ne(NoticeState.WITHDRAWN.name()));
    }

    private ResultQuery<Record8<Long, String, String, LocalDate, String, Instant, Instant, List<Notice.NoticeAttachmentInfo>>> query(
            Condition where) {
        Field<List<Notice.NoticeAttachmentInfo>> attachments = multiset(
                select(NOTICE_ATTACHMENT.ID, NOTICE_ATTACHMENT.FILE_NAME, NOTICE_ATTACHMENT.CONTENT_TYPE,
                        NOTICE_ATTACHMENT.BYTE_SIZE)
                        .from(NOTICE_ATTACHMENT)
                        .where(NOTICE_ATTACHMENT.NOTICE_ID.eq(NOTICE.ID))
                        .orderBy(NOTICE_ATTACHMENT.ID))
                .convertFrom(r -> r.map(mapping(Notice.NoticeAttachmentInfo::new)));
        return dsl.select(NOTICE.ID, NOTICE.TITLE, NOTICE.BODY, NOTICE.PUBLISHED_ON, NOTICE.STATE, NOTICE.CREATED_AT,
                        NOTICE.UPDATED_AT, attachments)
                .from(NOTICE)
                .where(where)
                .orderBy(NOTICE.PUBLISHED_ON.desc(), NOTICE.ID.desc());
    }

    private static StaffNotice toStaffNotice(long id, String title, String body, LocalDate publishedOn, String state,
                                             Instant createdAt, Instant updatedAt,
                                             List<Notice.NoticeAttachmentInfo> attachments) {
        return new StaffNotice(new Notice(id, title, body, publishedOn, attachments), NoticeState.valueOf(state),
                Optional.ofNullable(createdAt), Optional.ofNullable(updatedAt));
    }
}
