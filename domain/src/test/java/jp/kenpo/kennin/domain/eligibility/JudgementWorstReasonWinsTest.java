package jp.kenpo.kennin.domain.eligibility;

import static jp.kenpo.kennin.domain.eligibility.Fixtures.FIRST_DAY_OF_150MAN;
import static jp.kenpo.kennin.domain.eligibility.Fixtures.codes;
import static jp.kenpo.kennin.domain.eligibility.Fixtures.judge;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jp.kenpo.kennin.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JudgementWorstReasonWinsTest {
    private static final Reason NOTE = Reason.note("n");
    private static final Reason REVIEW = Reason.review("r");
    private static final Reason BAR = Reason.disqualifying("d");

    @ParameterizedTest(name = "[{index}] notes {0}, reviews {1}, disqualifying {2}: {3}")
    @CsvSource({
            "0, 0, 0, Continue",
            "2, 0, 0, Continue",
            "1, 1, 0, NeedsReview",
            "0, 2, 0, NeedsReview",
            "1, 1, 1, Discontinue",
            "0, 0, 1, Discontinue",
    })
    void theWorstReasonDecides(int notes, int reviews, int bars, String outcome) {
        List<Reason> reasons = new ArrayList<>();
        reasons.addAll(Collections.nCopies(notes, NOTE));
        reasons.addAll(Collections.nCopies(reviews, REVIEW));
        reasons.addAll(Collections.nCopies(bars, BAR));
        Judgement judgement = Judgement.of(reasons, List.of());
        assertThat(judgement.getClass().getSimpleName()).isEqualTo(outcome);
        assertThat(judgement.reasons()).isEqualTo(reasons);
    }

    @Test
    void anOutcomeCannotContradictItsReasons() {
        assertThatThrownBy(() -> new Judgement.Continue(List.of(REVIEW), List.of()))
                .isInstanceOf(InvalidValueException.class).hasMessage("eligibility.judgement.inconsistent");
        assertThatThrownBy(() -> new Judgement.NeedsReview(List.of(NOTE), List.of()))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Judgement.NeedsReview(List.of(REVIEW, BAR), List.of()))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Judgement.Discontinue(List.of(REVIEW), List.of()))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void everyReasonIsGivenNotOnlyTheFirst() {
        DependentFacts cousin = DependentFacts.of(RelationshipTerm.parse("いとこ"), LocalDate.of(1990, 1, 1),
                        Living.APART_OTHER)
                .residing(Residence.ABROAD_STUDYING)
                .withIncome(Income.annual(IncomeKind.SALARY, 1_300_000))
                .withAnnualRemittance(1_000_000);
        Judgement judgement = judge(cousin, FIRST_DAY_OF_150MAN);
        assertThat(judgement).isInstanceOf(Judgement.Discontinue.class);
        assertThat(codes(judgement.reasons())).containsExactly(
                "eligibility.relationship.outOfScope",
                "eligibility.residence.abroadException",
                "eligibility.income.overAnnualLimit",
                "eligibility.remittance.notAboveIncome");
    }
}
