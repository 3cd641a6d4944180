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
        EligibilityEngine engine = EligibilityEngine.of(RuleSets.japan()
                .withOverrides(InsurerOverrides.none().withRounding(RoundingMode.FLOOR)));

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
    }
}
