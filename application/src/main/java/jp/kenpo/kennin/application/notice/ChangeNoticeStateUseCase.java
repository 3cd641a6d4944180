package jp.kenpo.kennin.application.notice;

import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.SignedInStaff;

/**
 * Publishes a draft or withdraws a published notice (MANAGE_NOTICES). A withdrawn notice and its
 * attachments are no longer shown or served to members; it is kept for the record and cannot be
 * published again (write a new one instead, so what members saw stays traceable).
 */
public interface ChangeNoticeStateUseCase {
    ChangeNoticeStateResult changeNoticeState(ChangeNoticeStateCommand command);

    enum Change {
        PUBLISH,
        WITHDRAW
    }

    record ChangeNoticeStateCommand(SignedInStaff actor, long noticeId, Change change, ClientAddress client) {
        public ChangeNoticeStateCommand {
            Objects.requireNonNull(actor);
            Objects.requireNonNull(change);
            Objects.requireNonNull(client);
        }
    }

    sealed interface ChangeNoticeStateResult {
        record Changed() implements ChangeNoticeStateResult {
        }

        record NotFound() implements ChangeNoticeStateResult {
        }

        /** The notice is not in the state the change starts from (publishing a withdrawn notice, say). */
        record NotAllowed() implements ChangeNoticeStateResult {
        }
    }
}
