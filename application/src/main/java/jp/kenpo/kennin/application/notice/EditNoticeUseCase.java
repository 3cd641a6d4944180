package jp.kenpo.kennin.application.notice;

import java.time.LocalDate;
import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.SignedInStaff;

/** Staff change a draft's or a published notice's title, body or day (MANAGE_NOTICES); a withdrawn one stays as it was. */
public interface EditNoticeUseCase {
    EditNoticeResult editNotice(EditNoticeCommand command);

    record EditNoticeCommand(SignedInStaff actor, long noticeId, String title, String body, LocalDate publishedOn,
                             ClientAddress client) {
        public EditNoticeCommand {
            Objects.requireNonNull(actor);
            Objects.requireNonNull(client);
        }
    }

    sealed interface EditNoticeResult {
        record Edited() implements EditNoticeResult {
        }

        record NotFound() implements EditNoticeResult {
        }

        record Withdrawn() implements EditNoticeResult {
        }

        record Invalid(String code) implements EditNoticeResult {
        }
    }
}
