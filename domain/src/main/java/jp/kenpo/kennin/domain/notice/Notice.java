package jp.kenpo.kennin.domain.notice;

import java.time.LocalDate;
import java.util.List;
import jp.kenpo.kennin.domain.InvalidValueException;

/** 健康保険組合からのお知らせ: a notice shown on the main screen, with attachments such as the PDF manual. */
public record Notice(long id, String title, String body, LocalDate publishedOn, List<NoticeAttachmentInfo> attachments) {
    public Notice {
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new InvalidValueException("notice.title.invalid");
        }
        body = body == null ? "" : body;
        attachments = List.copyOf(attachments);
    }

    /** An attachment as listed (its bytes are loaded only when downloaded). */
    public record NoticeAttachmentInfo(long id, String fileName, String contentType, long size) {
    }
}
