package jp.kenpo.kennin.application.progress;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.progress.ProgressQueryPort.QueueCursor;
import jp.kenpo.kennin.application.progress.ProgressQueryPort.QueueItem;
import jp.kenpo.kennin.application.progress.ProgressQueryPort.Reviewer;
import jp.kenpo.kennin.application.staff.SignedInStaff;

/**
 * The review queue (REVIEW): the insurer's members of the current year in one status, oldest
 * submission first, {@link #PAGE} at a time; the next page starts after the last item shown
 * (keyset paging, so a deep page costs what the first does). Audited, as it names members.
 */
public interface ListReviewQueueUseCase {
    int PAGE = 50;

    ListReviewQueueResult listReviewQueue(ListReviewQueueCommand command);

    record ListReviewQueueCommand(SignedInStaff staff, QueueFilter filter, Optional<QueueCursor> after,
                                  ClientAddress client) {
        public ListReviewQueueCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(filter);
            Objects.requireNonNull(after);
            Objects.requireNonNull(client);
        }
    }

    sealed interface ListReviewQueueResult {
        /** @param next where the following page starts; empty on the last page */
        record Listed(int fiscalYear, List<QueueItem> items, Optional<QueueCursor> next, List<Reviewer> reviewers)
                implements ListReviewQueueResult {
            public Listed {
                items = List.copyOf(items);
                reviewers = List.copyOf(reviewers);
            }
        }

        record NoSurveyYear() implements ListReviewQueueResult {
        }
    }
}
