package jp.kenpo.kennin.application.progress;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.progress.ProgressStatus;
import jp.kenpo.kennin.domain.review.Prospect;

/**
 * One member's row of the dashboard's read model for a survey year, as the tracker computes it
 * (the reviewer's claim on it is kept by the review capability and never part of this).
 *
 * @param submittedAt the latest submission's time
 * @param prospect    the worst 見込み over the member's submitted responses
 */
public record MemberProgress(MemberId member, String office, ProgressStatus status, Optional<Instant> submittedAt,
                             Optional<Prospect> prospect, boolean returnedBefore, boolean pendingApproval) {
    public MemberProgress {
        Objects.requireNonNull(member);
        Objects.requireNonNull(office);
        Objects.requireNonNull(status);
        Objects.requireNonNull(submittedAt);
        Objects.requireNonNull(prospect);
        if (status == ProgressStatus.EXPIRED) {
            throw new IllegalArgumentException("EXPIRED is read off the deadline, never stored");
        }
    }
}
