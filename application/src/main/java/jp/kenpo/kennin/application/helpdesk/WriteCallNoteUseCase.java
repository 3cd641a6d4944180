package jp.kenpo.kennin.application.helpdesk;

import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.member.MemberId;

/**
 * The help desk notes what a caller asked and was told, for the next colleague (staff only).
 * Requires {@code HELP_MEMBERS}. The form's one-time key makes a double click save one note.
 */
public interface WriteCallNoteUseCase {
    WriteCallNoteResult writeCallNote(WriteCallNoteCommand command);

    /** @param formKey the key the note form was given when the case page was shown */
    record WriteCallNoteCommand(SignedInStaff staff, MemberId member, String text, String formKey, ClientAddress client) {
        public WriteCallNoteCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(member);
            Objects.requireNonNull(client);
        }
    }

    sealed interface WriteCallNoteResult {
        record Written() implements WriteCallNoteResult {
        }

        /** The same form was sent before (a double click): its note is there once, nothing more was saved. */
        record AlreadyWritten() implements WriteCallNoteResult {
        }

        record NotFound() implements WriteCallNoteResult {
        }

        record Invalid(String code) implements WriteCallNoteResult {
        }
    }
}
