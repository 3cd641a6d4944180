package jp.kenpo.kennin.domain.eligibility;

import static jp.kenpo.kennin.domain.eligibility.Fixtures.FIRST_DAY_OF_150MAN;
import static jp.kenpo.kennin.domain.eligibility.Fixtures.codes;
import static jp.kenpo.kennin.domain.eligibility.Fixtures.judge;
import static jp.kenpo.kennin.domain.eligibility.Fixtures.judgedOn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A mother of 65 on a 100万 pension in her own household: the member's transfers must exceed it. */
class ParentLivingApartWithRemittanceTest {
    private static final DependentFacts MOTHER = DependentFacts.of(Relationship.PARENT, LocalDate.of(1960, 5, 5),
            Living.APART_SEPARATE_HOUSEHOLD).withIncome(Income.annual(IncomeKind.PUBLIC_PENSION, 1_000_000));

    @ParameterizedTest(name = "[{index}] remittance {0}: {1}")
    @CsvSource(nullValues = "none", value = {
            "1000001, none",
            "1000000, eligibility.remittance.notAboveIncome",
            "0,       eligibility.remittance.notAboveIncome",
    })
    void theRemittanceMustExceedHerIncome(long remittance, String code) {
        List<Reason> reasons = new RemittancePolicy().evaluate(judgedOn(FIRST_DAY_OF_150MAN,
                MOTHER.withAnnualRemittance(remittance)));
        if (code == null) {
            assertThat(reasons).isEmpty();
        } else {
            assertThat(reasons).containsExactly(Reason.disqualifying(code, remittance, 1_000_000L));
        }
    }

    @Test
    void anUnstatedRemittanceIsForStaffToCheck() {
        assertThat(new RemittancePolicy().evaluate(judgedOn(FIRST_DAY_OF_150MAN, MOTHER)))
                .containsExactly(Reason.review("eligibility.remittance.missing", 1_000_000L));
    }

    @Test
    void noRemittanceIsAskedOfThoseCountedAsLivingTogether() {
        for (Living living : List.of(Living.TOGETHER, Living.APART_MEMBER_POSTED_ALONE)) {
            DependentFacts atHome = DependentFacts.of(Relationship.PARENT, LocalDate.of(1960, 5, 5), living);
            assertThat(new RemittancePolicy().evaluate(judgedOn(FIRST_DAY_OF_150MAN, atHome))).isEmpty();
        }
    }

    @Test
    void withEnoughTransfersSheContinuesAndShowsThem() {
        Judgement judgement = judge(MOTHER.withAnnualRemittance(1_200_000), FIRST_DAY_OF_150MAN);
        assertThat(judgement).isInstanceOf(Judgement.Continue.class);
        assertThat(judgement.documents()).extracting(RequiredDocument::kind).containsExactly(
                DocumentKind.INCOME_CERTIFICATE, DocumentKind.PENSION_NOTICE, DocumentKind.REMITTANCE_PROOF);
    }

    @Test
    void withoutAStatedRemittanceSheNeedsReviewAndTheProof() {
        Judgement judgement = judge(MOTHER, FIRST_DAY_OF_150MAN);
        assertThat(judgement).isInstanceOf(Judgement.NeedsReview.class);
        assertThat(codes(judgement.reasons())).contains("eligibility.remittance.missing");
        assertThat(judgement.documents()).contains(RequiredDocument.one(DocumentKind.REMITTANCE_PROOF));
    }
}
