package jp.kenpo.kennin.application.notice;

import java.time.LocalDate;
import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.SignedInStaff;

/** Staff write a new notice as a draft (MANAGE_NOTICES); members see it once it is published and its day has come. */
public interface CreateNoticeUseCase {
    CreateNoticeResult createNotice(CreateNoticeCommand command);

    /** @param publishedOn the day members first see it; null: today (JST) */
    record CreateNoticeCommand(SignedInStaff actor, String title, String body, LocalDate publishedOn, ClientAddress client) {
        public CreateNoticeCommand {
            Objects.requireNonNull(actor);
            Objects.requireNonNull(client);
        }
    }

    sealed interface CreateNoticeResult {
        record Created(long noticeId) implements CreateNoticeResult {
        }

        record Invalid(String code) implements CreateNoticeResult {
        }
    }
}
