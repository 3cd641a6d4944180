package jp.kenpo.kennin.application.helpdesk;

import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.member.MemberId;

/** The help desk notes what a caller asked and was told, for the next colleague (staff only). Requires {@code HELP_MEMBERS}. */
public interface WriteCallNoteUseCase {
    WriteCallNoteResult writeCallNote(WriteCallNoteCommand command);

    record WriteCallNoteCommand(SignedInStaff staff, MemberId member, String text, ClientAddress client) {
        public WriteCallNoteCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(member);
            Objects.requireNonNull(client);
        }
    }

    sealed interface WriteCallNoteResult {
        record Written() implements WriteCallNoteResult {
        }

        record NotFound() implements WriteCallNoteResult {
        }

        record Invalid(String code) implements WriteCallNoteResult {
        }
    }
}
