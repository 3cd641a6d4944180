package jp.kenpo.kennin.application.insurer;

import java.time.LocalDate;
import java.util.List;
import jp.kenpo.kennin.application.insurer.NoticePort.NewAttachment;

public interface PostNoticeUseCase {
    PostNoticeResult postNotice(PostNoticeCommand command);

    record PostNoticeCommand(String insurerCode, String title, String body, LocalDate publishedOn, List<NewAttachment> attachments) {
    }

    sealed interface PostNoticeResult {
        record Posted(long noticeId) implements PostNoticeResult {
        }

        record UnknownInsurer() implements PostNoticeResult {
        }

        record Invalid(String code) implements PostNoticeResult {
        }
    }
}
