package jp.kenpo.kennin.application.progress;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jp.kenpo.kennin.domain.eligibility.Relationship;
import jp.kenpo.kennin.domain.progress.ProgressStatus;
import jp.kenpo.kennin.domain.review.Prospect;
import jp.kenpo.kennin.domain.staff.StaffId;

/**
 * What the review queue shows: one status (提出済 unless chosen otherwise; one, so the queue's
 * index gives the order), and optionally the engine's 見込み, a 事業所, members with a dependent of
 * a relationship, returned before, waiting for approval, and who took it.
 */
public record QueueFilter(ProgressStatus status, Optional<Prospect> prospect, Optional<String> office,
                          Optional<Relationship> relationship, Optional<Boolean> returnedBefore,
                          Optional<Boolean> pendingApproval, Assignee assignee) {
    /** Statuses of members who have handed a survey over: every such row has a submission time to sort on. */
    public static final Set<ProgressStatus> STATUSES = Set.copyOf(EnumSet.of(ProgressStatus.SUBMITTED,
            ProgressStatus.RETURNED, ProgressStatus.CONFIRMED, ProgressStatus.REMOVAL_DECIDED));

    public QueueFilter {
        Objects.requireNonNull(status);
        Objects.requireNonNull(prospect);
        Objects.requireNonNull(office);
        Objects.requireNonNull(relationship);
        Objects.requireNonNull(returnedBefore);
        Objects.requireNonNull(pendingApproval);
        Objects.requireNonNull(assignee);
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("not a status of the review queue: " + status);
        }
    }

    public static QueueFilter submitted() {
        return new QueueFilter(ProgressStatus.SUBMITTED, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), new Assignee.Anyone());
    }

    /** Who has taken the member's submission. */
    public sealed interface Assignee {
        record Anyone() implements Assignee {
        }

        record Unassigned() implements Assignee {
        }

        record Taken(StaffId reviewer) implements Assignee {
        }
    }
}
