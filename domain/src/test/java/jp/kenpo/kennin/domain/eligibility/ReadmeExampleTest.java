package jp.kenpo.kennin.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exactly the example of domain/README.md: keep the two in step. */
class ReadmeExampleTest {

    @Test
    void aStudentSonLodgingForSchoolIsJudgedWithPlainJavaObjects() {
        // Every limit is a figure the income must be UNDER (未満). CEILING rounds 1,300,000 / 12 and / 360 up to
        // 108,334 a month and 3,612 a day: the same as the published "108,333円以下・3,611円以下".
        // FLOOR would give "under 3,611" and refuse a benefit of 3,611 yen a day.
        EligibilityEngine engine = EligibilityEngine.of(RuleSets.japan()
                .withOverrides(InsurerOverrides.none().withRounding(RoundingMode.CEILING)));

        DependentFacts son = DependentFacts.of(RelationshipTerm.parse("長男"), LocalDate.of(2005, 6, 1),
                        Living.APART_FOR_SCHOOL)
                .asStudent()
                .withIncome(Income.annual(IncomeKind.SALARY, 1_400_000))
                .withAnnualRemittance(1_800_000);
        MemberFacts member = new MemberFacts(LocalDate.of(1975, 4, 10), 6_500_000);

        Judgement judgement = engine.judge(son, member, LocalDate.of(2025, 11, 1));

        assertThat(judgement).isInstanceOf(Judgement.Continue.class);
        assertThat(judgement.reasons()).containsExactly(Reason.note("eligibility.income.withinAnnualLimit",
                IncomeBand.YOUNG_ADULT, 1_500_000L, 1_400_000L));
        assertThat(judgement.documents()).extracting(RequiredDocument::kind).isEqualTo(List.of(
                DocumentKind.INCOME_CERTIFICATE, DocumentKind.PAYSLIPS_OR_EMPLOYER_CERTIFICATE,
                DocumentKind.STUDENT_CERTIFICATE, DocumentKind.REMITTANCE_PROOF));
        assertThat(true).isTrue(); //TMP
    }

    /**
     * An embedder copying the example gets the published limits: "日額3,611円以下" (under 3,612) and
     * "月額108,333円以下" (under 108,334). With the FLOOR the example used to show, 3,611 a day and
     * 108,333 a month were refused.
     */
    @Test
    void theExamplesEngineKeepsThePublishedDailyAndMonthlyLimitsOf130man() {
        EligibilityEngine engine = EligibilityEngine.of(RuleSets.japan()
                .withOverrides(InsurerOverrides.none().withRounding(RoundingMode.CEILING)));
        DependentFacts wife = DependentFacts.of(RelationshipTerm.parse("妻"), LocalDate.of(1985, 5, 5), Living.TOGETHER);
        MemberFacts member = new MemberFacts(LocalDate.of(1975, 4, 10), 6_500_000);
        LocalDate on = LocalDate.of(2025, 11, 1);

        assertThat(engine.judge(wife.withUnemploymentBenefit(UnemploymentBenefit.receiving(3_611)), member, on))
                .isInstanceOf(Judgement.Continue.class);
        assertThat(engine.judge(wife.withUnemploymentBenefit(UnemploymentBenefit.receiving(3_612)), member, on))
                .isInstanceOf(Judgement.Discontinue.class);
        assertThat(engine.judge(wife.withIncome(Income.monthly(IncomeKind.SALARY, 108_333)), member, on))
                .isInstanceOf(Judgement.Continue.class);
        assertThat(engine.judge(wife.withIncome(Income.monthly(IncomeKind.SALARY, 108_334)), member, on))
                .isInstanceOf(Judgement.Discontinue.class);
    }
}
