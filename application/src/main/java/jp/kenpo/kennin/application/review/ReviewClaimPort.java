package jp.kenpo.kennin.application.review;

import java.time.Instant;
import java.util.Optional;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.staff.StaffId;

/** Who took a member's submission: member_progress.claimed_by / claimed_at. */
public interface ReviewClaimPort {
    Optional<ReviewClaim> claimOf(InsurerCode insurer, int fiscalYear, MemberId member);

    /**
     * Takes it for {@code reviewer} only while nobody or {@code reviewer} holds it (one conditional
     * update; the first time is kept when taken again).
     *
     * @return the claim now held: {@code reviewer}'s, or the other reviewer's; empty when the member
     *         has no progress row for that year
     */
    Optional<ReviewClaim> take(InsurerCode insurer, int fiscalYear, MemberId member, StaffId reviewer, Instant at);

    /** Lets go only of {@code reviewer}'s own claim; false when they did not hold it. */
    boolean release(InsurerCode insurer, int fiscalYear, MemberId member, StaffId reviewer);
}
