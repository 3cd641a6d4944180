package jp.kenpo.kennin.application.notice;

import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.SignedInStaff;

/**
 * Attaches a file (the PDF manual, a Q&amp;A) to a notice (MANAGE_NOTICES), checked exactly like
 * members' uploads: the content decides the type, whatever the name says; encrypted PDFs, PDFs
 * with scripts or embedded files and decompression bombs are refused with their reason.
 */
public interface AttachNoticeFileUseCase {
    AttachNoticeFileResult attachNoticeFile(AttachNoticeFileCommand command);

    /** @param content the whole file; the web refuses a request body over the limit before it gets here */
    record AttachNoticeFileCommand(SignedInStaff actor, long noticeId, String fileName, String declaredContentType,
                                   byte[] content, ClientAddress client) {
        public AttachNoticeFileCommand {
            Objects.requireNonNull(actor);
            Objects.requireNonNull(content);
            Objects.requireNonNull(client);
        }
    }

    sealed interface AttachNoticeFileResult {
        record Attached(long attachmentId) implements AttachNoticeFileResult {
        }

        record NotFound() implements AttachNoticeFileResult {
        }

        /** @param code the message key saying why, such as {@code document.pdf.bomb} or {@code document.typeMismatch} */
        record Refused(String code) implements AttachNoticeFileResult {
        }
    }
}
