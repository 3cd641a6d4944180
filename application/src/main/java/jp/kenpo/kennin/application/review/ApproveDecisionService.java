package jp.kenpo.kennin.application.review;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.review.ReviewDecision;

public final class ApproveDecisionService implements ApproveDecisionUseCase {
    private final ReviewPorts ports;
    private final ResultNotices notices;
    private final AuditTrail audit;
    private final Clock clock;

    public ApproveDecisionService(ReviewPorts ports, RecordAuditPort audit, Clock clock) {
        this.ports = ports;
        this.notices = new ResultNotices(ports, clock);
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
    }

    @Override
    public ApproveDecisionResult approveDecision(ApproveDecisionCommand command) {
        Optional<StaffCase> found = ReviewScope.caseOf(ports, command.staff(), command.member());
        Optional<Dependent> dependent = found.flatMap(c -> ReviewScope.dependent(ports, c, command.dependent()));
        if (dependent.isEmpty()) {
            return new ApproveDecisionResult.NotFound();
        }
        StaffCase c = found.get();
        Optional<ReviewDecision> pending = ports.decisions()
                .loadDecision(c.year().insurer(), c.year().fiscalYear(), dependent.get().id())
                .filter(d -> !d.isFinal());
        if (pending.isEmpty()) {
            return new ApproveDecisionResult.NotPending();
        }
        return command.verdict() == Verdict.APPROVE ? approve(command, c, pending.get()) : sendBack(command, c, pending.get());
    }

    private ApproveDecisionResult approve(ApproveDecisionCommand command, StaffCase c, ReviewDecision pending) {
        Instant now = clock.instant();
        try {
            pending.approvedBy(command.staff().id(), now);
        } catch (InvalidValueException e) {
            return new ApproveDecisionResult.OwnDecision();
        }
        // The approval that completes the member queues their result notice with it, or neither is stored.
        record Approval(ReviewDecision decision, boolean queued) {
        }
        Optional<Approval> approved = ports.transactions().inTransaction(() -> {
            Optional<ReviewDecision> done = ports.decisions().approve(c.year().insurer(), c.year().fiscalYear(),
                    pending.dependent(), command.staff().id(), now);
            if (done.isEmpty()) {
                return Optional.<Approval>empty();
            }
            ReviewScope.progressed(ports, c);
            return Optional.of(new Approval(done.get(), notices.queueIfComplete(c)));
        });
        if (approved.isEmpty()) {
            // Approved, sent back or replaced by another reviewer meanwhile.
            return new ApproveDecisionResult.NotPending();
        }
        audit.staffOnMember(AuditAction.REVIEW_APPROVED, command.staff(), c.member(), command.client(),
                "dependent=" + pending.dependent().value() + " outcome=" + pending.outcome()
                        + " decidedBy=" + pending.decidedBy().value());
        boolean queued = approved.get().queued() || notices.queueIfCompleteAfterCommit(c);
        return new ApproveDecisionResult.Approved(approved.get().decision(), queued);
    }

    private ApproveDecisionResult sendBack(ApproveDecisionCommand command, StaffCase c, ReviewDecision pending) {
        boolean withdrawn = ports.transactions().inTransaction(() -> {
            if (!ports.decisions().withdrawPending(c.year().insurer(), c.year().fiscalYear(), pending.dependent())) {
                return false;
            }
            ReviewScope.progressed(ports, c);
            return true;
        });
        if (!withdrawn) {
            return new ApproveDecisionResult.NotPending();
        }
        audit.staffOnMember(AuditAction.REVIEW_APPROVAL_REFUSED, command.staff(), c.member(), command.client(),
                "dependent=" + pending.dependent().value() + " outcome=" + pending.outcome()
                        + " decidedBy=" + pending.decidedBy().value());
        return new ApproveDecisionResult.SentBackToDecider();
    }
}
