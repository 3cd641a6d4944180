package jp.kenpo.kennin.application.review;

import java.time.Clock;
import java.util.Optional;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.staff.StaffMember;

public final class ClaimReviewService implements ClaimReviewUseCase {
    private final ReviewPorts ports;
    private final AuditTrail audit;
    private final Clock clock;

    public ClaimReviewService(ReviewPorts ports, RecordAuditPort audit, Clock clock) {
        this.ports = ports;
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
    }

    @Override
    public ClaimReviewResult claimReview(ClaimReviewCommand command) {
        Optional<StaffCase> found = ReviewScope.caseOf(ports, command.staff(), command.member());
        if (found.isEmpty()) {
            return new ClaimReviewResult.NotFound();
        }
        StaffCase c = found.get();
        StaffId me = command.staff().id();
        if (command.action() == ClaimAction.TAKE) {
            Optional<ReviewClaim> held = ports.claims().take(c.year().insurer(), c.year().fiscalYear(), c.member().id(), me,
                    clock.instant());
            if (held.isEmpty()) {
                return new ClaimReviewResult.NotFound();
            }
            if (!held.get().by().equals(me)) {
                return heldByOther(held.get());
            }
            audit.staffOnMember(AuditAction.REVIEW_CLAIMED, command.staff(), c.member(), command.client(), "");
            return new ClaimReviewResult.Taken(held.get().at());
        }
        if (ports.claims().release(c.year().insurer(), c.year().fiscalYear(), c.member().id(), me)) {
            audit.staffOnMember(AuditAction.REVIEW_RELEASED, command.staff(), c.member(), command.client(), "");
            return new ClaimReviewResult.Released();
        }
        return ports.claims().claimOf(c.year().insurer(), c.year().fiscalYear(), c.member().id())
                .map(this::heldByOther)
                .orElseGet(ClaimReviewResult.NotHeld::new);
    }

    private ClaimReviewResult heldByOther(ReviewClaim claim) {
        String name = ports.staff().findStaff(claim.by()).map(StaffMember::displayName).orElse("#" + claim.by().value());
        return new ClaimReviewResult.HeldByOther(name, claim.at());
    }
}
