package jp.kenpo.kennin.application.insurer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.notice.Notice;

public interface NoticePort {
    /** Notices published on or before {@code today}, newest first. */
    List<Notice> publishedNotices(InsurerCode insurer, LocalDate today);

    /** Stores a notice with its attachments; returns its id. */
    long postNotice(InsurerCode insurer, String title, String body, LocalDate publishedOn, List<NewAttachment> attachments);

    /** An attachment's bytes, only if it belongs to a notice of this insurer. */
    Optional<AttachmentContent> loadAttachment(InsurerCode insurer, long attachmentId);

    record NewAttachment(String fileName, String contentType, byte[] content) {
    }

    record AttachmentContent(String fileName, String contentType, byte[] content) {
    }
}
