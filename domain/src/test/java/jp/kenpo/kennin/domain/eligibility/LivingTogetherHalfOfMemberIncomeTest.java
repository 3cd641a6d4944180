package jp.kenpo.kennin.domain.eligibility;

import static jp.kenpo.kennin.domain.eligibility.Fixtures.FIRST_DAY_OF_150MAN;
import static jp.kenpo.kennin.domain.eligibility.Fixtures.codes;
import static jp.kenpo.kennin.domain.eligibility.Fixtures.judgedOn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Under half of the member's income; from half up to the member's income, review; above it, refuse. */
class LivingTogetherHalfOfMemberIncomeTest {
    private static final LocalDate SPOUSE_BORN = LocalDate.of(1978, 3, 3);

    private static List<Reason> evaluate(Living living, long own, long member) {
        DependentFacts spouse = DependentFacts.of(Relationship.SPOUSE, SPOUSE_BORN, living)
                .withIncome(Income.annual(IncomeKind.SALARY, own));
        return new HalfOfMemberIncomePolicy().evaluate(
                judgedOn(FIRST_DAY_OF_150MAN, spouse, new MemberFacts(LocalDate.of(1976, 1, 1), member)));
    }

    @ParameterizedTest(name = "[{index}] own {0}, member {1}: {2}")
    @CsvSource(nullValues = "none", value = {
            "999999,  2000000, none",
            "1000000, 2000001, none",
            "1000000, 2000000, REVIEW",
            "1200000, 1200000, REVIEW",
            "1200001, 1200000, DISQUALIFYING",
            "0,       0,       REVIEW",
    })
    void boundaries(long own, long member, Reason.Severity severity) {
        List<Reason> reasons = evaluate(Living.TOGETHER, own, member);
        if (severity == null) {
            assertThat(reasons).isEmpty();
        } else {
            assertThat(reasons).singleElement().satisfies(r -> {
                assertThat(r.severity()).isEqualTo(severity);
                assertThat(r.args()).containsExactly(own, member);
            });
        }
    }

    @ParameterizedTest
    @EnumSource(value = Living.class, names = {"APART_FOR_SCHOOL", "APART_SEPARATE_HOUSEHOLD", "APART_OTHER"})
    void notAppliedToThoseLivingApart(Living living) {
        assertThat(evaluate(living, 1_200_000, 1_200_000)).isEmpty();
    }

    @Test
    void aFamilyLeftAtHomeByAPostedMemberCountsAsLivingTogether() {
        assertThat(codes(evaluate(Living.APART_MEMBER_POSTED_ALONE, 1_000_000, 2_000_000)))
                .containsExactly("eligibility.income.atLeastHalfOfMember");
    }

    @Test
    void exactlyHalfIsForStaffToDecide() {
        DependentFacts spouse = DependentFacts.of(Relationship.SPOUSE, SPOUSE_BORN, Living.TOGETHER)
                .withIncome(Income.annual(IncomeKind.SALARY, 1_000_000));
        Judgement judgement = EligibilityEngine.of(RuleSets.japan())
                .judge(spouse, new MemberFacts(LocalDate.of(1976, 1, 1), 2_000_000), FIRST_DAY_OF_150MAN);
        assertThat(judgement).isInstanceOf(Judgement.NeedsReview.class);
        assertThat(codes(judgement.reasons()))
                .containsExactly("eligibility.income.withinAnnualLimit", "eligibility.income.atLeastHalfOfMember");
    }
}
