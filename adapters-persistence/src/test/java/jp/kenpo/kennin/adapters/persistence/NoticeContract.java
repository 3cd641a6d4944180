package jp.kenpo.kennin.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import jp.kenpo.kennin.adapters.persistence.insurer.NoticeRepository;
import jp.kenpo.kennin.application.insurer.NoticePort.AttachmentContent;
import jp.kenpo.kennin.application.insurer.NoticePort.NewAttachment;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.notice.Notice;
import org.junit.jupiter.api.Test;

interface NoticeContract extends PersistenceContract {
    LocalDate TODAY = LocalDate.of(2025, 6, 10);

    @Test
    default void publishedNoticesAreNewestFirstAndNoneFromTheFuture() {
        InsurerCode code = newInsurer();
        NoticeRepository notices = database().notices();
        long april = notices.postNotice(code, "調査開始のお知らせ", "本文", LocalDate.of(2025, 4, 1), List.of());
        long today = notices.postNotice(code, "締切延長のお知らせ", "", TODAY, List.of());
        notices.postNotice(code, "来月のお知らせ", "", TODAY.plusDays(1), List.of());
        notices.postNotice(newInsurer(), "他の組合のお知らせ", "", TODAY, List.of());

        assertThat(notices.publishedNotices(code, TODAY)).extracting(Notice::id).containsExactly(today, april);
    }

    @Test
    default void noticeListsItsAttachmentsWithoutTheirBytes() {
        InsurerCode code = newInsurer();
        byte[] manual = "%PDF-1.7 手引き".getBytes(StandardCharsets.UTF_8);
        long id = database().notices().postNotice(code, "操作マニュアル", "PDFをご覧ください。", TODAY, List.of(
                new NewAttachment("操作マニュアル.pdf", "application/pdf", manual),
                new NewAttachment("ｑ＆ａ.pdf", "application/pdf", new byte[] {1, 2, 3})));

        Notice notice = database().notices().publishedNotices(code, TODAY).get(0);

        assertThat(notice.id()).isEqualTo(id);
        assertThat(notice.title()).isEqualTo("操作マニュアル");
        assertThat(notice.body()).isEqualTo("PDFをご覧ください。");
        assertThat(notice.publishedOn()).isEqualTo(TODAY);
        assertThat(notice.attachments()).extracting(Notice.NoticeAttachmentInfo::fileName, Notice.NoticeAttachmentInfo::size)
                .containsExactly(tuple("操作マニュアル.pdf", (long) manual.length), tuple("ｑ＆ａ.pdf", 3L));
    }

    @Test
    default void attachmentIsDownloadedOnlyThroughItsOwnInsurer() {
        InsurerCode code = newInsurer();
        byte[] content = {0, (byte) 0xff, 0x25, 0x50, 0x44, 0x46};
        database().notices().postNotice(code, "様式", "", TODAY, List.of(new NewAttachment("様式.pdf", "application/pdf", content)));
        long attachmentId = database().notices().publishedNotices(code, TODAY).get(0).attachments().get(0).id();

        AttachmentContent loaded = database().notices().loadAttachment(code, attachmentId).orElseThrow();

        assertThat(loaded.fileName()).isEqualTo("様式.pdf");
        assertThat(loaded.contentType()).isEqualTo("application/pdf");
        assertThat(loaded.content()).isEqualTo(content);
        assertThat(database().notices().loadAttachment(newInsurer(), attachmentId)).isEmpty();
    }

    @Test
    default void attachmentOfTwentyMegabytesIsKeptWhole() {
        InsurerCode code = newInsurer();
        byte[] content = new byte[NoticeRepository.MAX_ATTACHMENT_BYTES];
        Arrays.fill(content, (byte) 7);
        database().notices().postNotice(code, "大きな手引き", "", TODAY, List.of(new NewAttachment("big.pdf", "application/pdf", content)));
        long attachmentId = database().notices().publishedNotices(code, TODAY).get(0).attachments().get(0).id();

        assertThat(database().notices().loadAttachment(code, attachmentId).orElseThrow().content()).isEqualTo(content);
    }

    @Test
    default void largerAttachmentIsRefusedAndNothingIsPosted() {
        InsurerCode code = newInsurer();
        List<NewAttachment> attachments = List.of(new NewAttachment("ok.pdf", "application/pdf", new byte[10]),
                new NewAttachment("huge.pdf", "application/pdf", new byte[NoticeRepository.MAX_ATTACHMENT_BYTES + 1]));

        assertThatThrownBy(() -> database().notices().postNotice(code, "大きすぎる", "", TODAY, attachments))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(database().notices().publishedNotices(code, TODAY)).isEmpty();
    }
}
