package jp.kenpo.kennin.application.progress;

import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;

/**
 * Keeps each member's place on the dashboard and in the review queue (member_progress and its
 * counts) in step with what happens to them. Every use case that changes what a member's progress
 * is read from (registration, a draft, a submission, a return, a decision, an approval, a claim
 * released by a decision) calls it inside its own transaction, after its writes, so the progress
 * never disagrees with the rows it was read from.
 */
public interface ProgressTracker {
    /** Reads the member's state for that year again and stores where they stand, with the counts. */
    void memberChanged(InsurerCode insurer, int fiscalYear, MemberId member);

    /** For use cases tested without the dashboard. */
    static ProgressTracker none() {
        return (insurer, fiscalYear, member) -> {
        };
    }
}
