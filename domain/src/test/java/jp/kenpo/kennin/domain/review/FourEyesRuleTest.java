package jp.kenpo.kennin.domain.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FourEyesRuleTest {
    @Test
    void noneNeverAsksForASecondReviewer() {
        assertThat(FourEyesRule.NONE.needsApproval(DecisionOutcome.CONTINUE)).isFalse();
        assertThat(FourEyesRule.NONE.needsApproval(DecisionOutcome.REMOVE)).isFalse();
    }

    @Test
    void removalsAsksOnlyForRemovals() {
        assertThat(FourEyesRule.REMOVALS.needsApproval(DecisionOutcome.CONTINUE)).isFalse();
        assertThat(FourEyesRule.REMOVALS.needsApproval(DecisionOutcome.REMOVE)).isTrue();
    }

    @Test
    void allAsksForEveryDecision() {
        assertThat(FourEyesRule.ALL.needsApproval(DecisionOutcome.CONTINUE)).isTrue();
        assertThat(FourEyesRule.ALL.needsApproval(DecisionOutcome.REMOVE)).isTrue();
    }
}
