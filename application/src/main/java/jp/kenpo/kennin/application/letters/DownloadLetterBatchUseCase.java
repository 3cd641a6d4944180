package jp.kenpo.kennin.application.letters;

import java.io.OutputStream;
import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.SignedInStaff;

/**
 * The PDF of a finished batch (MANAGE_MAILINGS), audited: who took which batch. Another insurer's
 * batch, or one not finished, is not found.
 */
public interface DownloadLetterBatchUseCase {
    DownloadLetterBatchResult downloadLetterBatch(DownloadLetterBatchCommand command);

    /** The response body, opened only once the batch is known to be there (the headers go then). */
    interface Target {
        OutputStream open(long batchId, int fiscalYear);
    }

    record DownloadLetterBatchCommand(SignedInStaff staff, long batchId, Target target, ClientAddress client) {
        public DownloadLetterBatchCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(target);
            Objects.requireNonNull(client);
        }
    }

    sealed interface DownloadLetterBatchResult {
        record Sent(long batchId, int letters) implements DownloadLetterBatchResult {
        }

        /** No such batch of the staff member's insurer. */
        record NotFound() implements DownloadLetterBatchResult {
        }

        /** The batch is QUEUED, RUNNING or FAILED: there is no PDF to take. */
        record NotReady(LetterBatch.State state) implements DownloadLetterBatchResult {
        }
    }
}
