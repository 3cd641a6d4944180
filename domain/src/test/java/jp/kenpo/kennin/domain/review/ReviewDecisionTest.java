package jp.kenpo.kennin.domain.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.staff.StaffId;
import org.junit.jupiter.api.Test;

class ReviewDecisionTest {
    private static final InsurerCode INSURER = new InsurerCode("kenpo1");
    private static final DependentId WIFE = new DependentId(7);
    private static final StaffId SATO = new StaffId(1);
    private static final StaffId SUZUKI = new StaffId(2);
    private static final Instant AT = Instant.parse("2025-09-01T01:00:00Z");
    private static final LocalDate LOSS = LocalDate.of(2025, 6, 1);

    @Test
    void aContinuationWithoutFourEyesIsFinalAtOnce() {
        ReviewDecision d = ReviewDecision.continuing(INSURER, 2025, WIFE, SATO, AT, FourEyesRule.NONE);

        assertThat(d.isFinal()).isTrue();
        assertThat(d.outcome()).isEqualTo(DecisionOutcome.CONTINUE);
        assertThat(d.lossDate()).isEmpty();
        assertThat(d.removalReason()).isEmpty();
        assertThat(d.approvedBy()).isEmpty();
    }

    @Test
    void underTheRemovalsRuleOnlyARemovalWaitsForApproval() {
        assertThat(ReviewDecision.continuing(INSURER, 2025, WIFE, SATO, AT, FourEyesRule.REMOVALS).isFinal()).isTrue();
        ReviewDecision removal = ReviewDecision.removing(INSURER, 2025, WIFE, LOSS, RemovalReason.EMPLOYED, SATO, AT,
                FourEyesRule.REMOVALS);
        assertThat(removal.state()).isEqualTo(DecisionState.PENDING_APPROVAL);
    }

    @Test
    void underTheAllRuleEveryDecisionWaits() {
        assertThat(ReviewDecision.continuing(INSURER, 2025, WIFE, SATO, AT, FourEyesRule.ALL).state())
                .isEqualTo(DecisionState.PENDING_APPROVAL);
    }

    @Test
    void aSecondReviewerApprovesAndTheDecisionBecomesFinalWithWhoAndWhen() {
        ReviewDecision pending = ReviewDecision.removing(INSURER, 2025, WIFE, LOSS, RemovalReason.MARRIED, SATO, AT,
                FourEyesRule.REMOVALS);

        ReviewDecision approved = pending.approvedBy(SUZUKI, AT.plusSeconds(60));

        assertThat(approved.isFinal()).isTrue();
        assertThat(approved.approvedBy()).contains(SUZUKI);
        assertThat(approved.approvedAt()).contains(AT.plusSeconds(60));
        assertThat(approved.decidedBy()).isEqualTo(SATO);
        assertThat(approved.lossDate()).contains(LOSS);
    }

    @Test
    void theDeciderCannotApproveTheirOwnDecision() {
        ReviewDecision pending = ReviewDecision.removing(INSURER, 2025, WIFE, LOSS, RemovalReason.MARRIED, SATO, AT,
                FourEyesRule.REMOVALS);

        assertThatThrownBy(() -> pending.approvedBy(SATO, AT))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("review.decision.ownApproval");
    }

    @Test
    void aFinalDecisionIsNotApprovedAgain() {
        ReviewDecision finalOne = ReviewDecision.continuing(INSURER, 2025, WIFE, SATO, AT, FourEyesRule.NONE);
        assertThatIllegalStateException().isThrownBy(() -> finalOne.approvedBy(SUZUKI, AT));
    }

    @Test
    void aRemovalNeedsItsLossDateAndReason() {
        assertThatThrownBy(() -> ReviewDecision.removing(INSURER, 2025, WIFE, null, RemovalReason.DIED, SATO, AT,
                FourEyesRule.NONE)).hasMessageContaining("review.decision.lossDateRequired");
        assertThatThrownBy(() -> ReviewDecision.removing(INSURER, 2025, WIFE, LOSS, null, SATO, AT, FourEyesRule.NONE))
                .hasMessageContaining("review.decision.reasonRequired");
    }

    @Test
    void aContinuationCarriesNoLossDate() {
        assertThatThrownBy(() -> new ReviewDecision(INSURER, 2025, WIFE, DecisionOutcome.CONTINUE, Optional.of(LOSS),
                Optional.empty(), SATO, AT, DecisionState.FINAL, Optional.empty(), Optional.empty()))
                .hasMessageContaining("review.decision.continueWithLoss");
    }

    @Test
    void anApprovalHasBothWhoAndWhen() {
        assertThatThrownBy(() -> new ReviewDecision(INSURER, 2025, WIFE, DecisionOutcome.CONTINUE, Optional.empty(),
                Optional.empty(), SATO, AT, DecisionState.FINAL, Optional.of(SUZUKI), Optional.empty()))
                .hasMessageContaining("review.decision.approvalIncomplete");
    }
}
