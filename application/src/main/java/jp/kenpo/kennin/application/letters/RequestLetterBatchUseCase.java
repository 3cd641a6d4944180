package jp.kenpo.kennin.application.letters;

import java.util.List;
import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.SignedInStaff;

/**
 * Staff ask for letters to a set of members (MANAGE_MAILINGS): the batch is stored QUEUED and made
 * in the background. A selection that names nobody is refused with its reason; a pasted list with
 * a line that is not a known member's card is refused with every such line, and nothing is queued.
 */
public interface RequestLetterBatchUseCase {
    RequestLetterBatchResult requestLetterBatch(RequestLetterBatchCommand command);

    /**
     * @param argument the 事業所 (OFFICE; NOT_SUBMITTED optionally) or the pasted list (LIST), as typed
     */
    record RequestLetterBatchCommand(SignedInStaff staff, LetterSelection.Kind kind, String argument, ClientAddress client) {
        public RequestLetterBatchCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(kind);
            Objects.requireNonNull(client);
            argument = argument == null ? "" : argument;
        }
    }

    sealed interface RequestLetterBatchResult {
        record Queued(long batchId, long letters) implements RequestLetterBatchResult {
        }

        record Refused(Reason reason) implements RequestLetterBatchResult {
        }

        /** Lines of the pasted list that are not cards of the insurer's members, in line order. */
        record ListRejected(List<LineProblem> problems) implements RequestLetterBatchResult {
            public ListRejected {
                problems = List.copyOf(problems);
            }
        }
    }

    enum Reason {
        /** The insurer has not set up its current survey year. */
        NO_SURVEY_YEAR,
        /** OFFICE without a 事業所. */
        OFFICE_MISSING,
        /** LIST with no line. */
        LIST_EMPTY,
        /** LIST longer than one batch keeps ({@link RequestLetterBatchService#MAX_LIST_CHARS}). */
        LIST_TOO_LONG,
        /** Nobody in the insurer matches the selection (no undeliverable address, an unknown 事業所, all submitted). */
        NOBODY_SELECTED
    }
}
