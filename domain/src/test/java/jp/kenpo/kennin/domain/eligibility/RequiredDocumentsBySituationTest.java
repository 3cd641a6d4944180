package jp.kenpo.kennin.domain.eligibility;

import static jp.kenpo.kennin.domain.eligibility.DocumentKind.DISABILITY_CERTIFICATE;
import static jp.kenpo.kennin.domain.eligibility.DocumentKind.HOUSEHOLD_RESIDENCE_CERTIFICATE;
import static jp.kenpo.kennin.domain.eligibility.DocumentKind.INCOME_CERTIFICATE;
import static jp.kenpo.kennin.domain.eligibility.DocumentKind.LABOUR_CONTRACT_AND_DECLARATION;
import static jp.kenpo.kennin.domain.eligibility.DocumentKind.OVERSEAS_RESIDENCE_PROOF;
import static jp.kenpo.kennin.domain.eligibility.DocumentKind.PAYSLIPS_OR_EMPLOYER_CERTIFICATE;
import static jp.kenpo.kennin.domain.eligibility.DocumentKind.PENSION_NOTICE;
import static jp.kenpo.kennin.domain.eligibility.DocumentKind.REMITTANCE_PROOF;
import static jp.kenpo.kennin.domain.eligibility.DocumentKind.STUDENT_CERTIFICATE;
import static jp.kenpo.kennin.domain.eligibility.DocumentKind.TAX_RETURN;
import static jp.kenpo.kennin.domain.eligibility.DocumentKind.UNEMPLOYMENT_INSURANCE_CERTIFICATE;
import static jp.kenpo.kennin.domain.eligibility.Fixtures.judgedOn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** domain.md §3: the documents follow from the answers, once each, in the survey's order. */
class RequiredDocumentsBySituationTest {
    private static final LocalDate OCT_2025 = LocalDate.of(2025, 10, 1);
    private static final LocalDate APR_2026 = LocalDate.of(2026, 4, 1);
    private static final LocalDate BORN = LocalDate.of(1985, 8, 8);
    private static final DependentFacts SPOUSE = DependentFacts.of(Relationship.SPOUSE, BORN, Living.TOGETHER);
    private static final DependentFacts PARENT_APART =
            DependentFacts.of(Relationship.PARENT, LocalDate.of(1955, 1, 1), Living.APART_SEPARATE_HOUSEHOLD);
    private static final Income SALARY = Income.annual(IncomeKind.SALARY, 900_000);
    private static final Income PENSION = Income.annual(IncomeKind.PUBLIC_PENSION, 400_000);

    static Stream<Arguments> situations() {
        return Stream.of(
                Arguments.of("a spouse without income", OCT_2025, SPOUSE, docs(INCOME_CERTIFICATE)),
                Arguments.of("a part-timer in 2025", OCT_2025, SPOUSE.withIncome(SALARY),
                        docs(INCOME_CERTIFICATE, PAYSLIPS_OR_EMPLOYER_CERTIFICATE)),
                Arguments.of("a part-timer on 2026-03-31", APR_2026.minusDays(1), SPOUSE.withIncome(SALARY),
                        docs(INCOME_CERTIFICATE, PAYSLIPS_OR_EMPLOYER_CERTIFICATE)),
                Arguments.of("a part-timer from 2026-04-01", APR_2026, SPOUSE.withIncome(SALARY),
                        docs(INCOME_CERTIFICATE, LABOUR_CONTRACT_AND_DECLARATION)),
                Arguments.of("salary and a pension from 2026-04-01", APR_2026, SPOUSE.withIncome(SALARY).withIncome(PENSION),
                        docs(INCOME_CERTIFICATE, PAYSLIPS_OR_EMPLOYER_CERTIFICATE, PENSION_NOTICE)),
                Arguments.of("a parent apart with two pensions", OCT_2025,
                        PARENT_APART.withIncome(PENSION).withIncome(Income.annual(IncomeKind.PUBLIC_PENSION, 300_000))
                                .withIncome(Income.annual(IncomeKind.PUBLIC_PENSION, 0)),
                        List.of(RequiredDocument.one(INCOME_CERTIFICATE), new RequiredDocument(PENSION_NOTICE, 2),
                                RequiredDocument.one(REMITTANCE_PROOF))),
                Arguments.of("a spouse's mother at home", OCT_2025,
                        DependentFacts.of(Relationship.SPOUSE_PARENT, LocalDate.of(1955, 1, 1), Living.TOGETHER),
                        docs(HOUSEHOLD_RESIDENCE_CERTIFICATE, INCOME_CERTIFICATE)),
                Arguments.of("a de facto spouse", OCT_2025,
                        DependentFacts.of(Relationship.DE_FACTO_SPOUSE, BORN, Living.TOGETHER),
                        docs(HOUSEHOLD_RESIDENCE_CERTIFICATE, INCOME_CERTIFICATE)),
                Arguments.of("waiting for unemployment benefit", OCT_2025,
                        SPOUSE.withUnemploymentBenefit(UnemploymentBenefit.waitingOrRestricted()),
                        docs(INCOME_CERTIFICATE, UNEMPLOYMENT_INSURANCE_CERTIFICATE)),
                Arguments.of("recently retired, not claiming", OCT_2025, SPOUSE.afterEmploymentChange(),
                        docs(INCOME_CERTIFICATE, UNEMPLOYMENT_INSURANCE_CERTIFICATE)),
                Arguments.of("a self-employed parent apart", OCT_2025,
                        PARENT_APART.withIncome(Income.annual(IncomeKind.BUSINESS, 500_000)),
                        docs(INCOME_CERTIFICATE, TAX_RETURN, REMITTANCE_PROOF)),
                Arguments.of("a disabled sibling", OCT_2025,
                        DependentFacts.of(Relationship.SIBLING, BORN, Living.TOGETHER).asDisabled(),
                        docs(INCOME_CERTIFICATE, DISABILITY_CERTIFICATE)),
                Arguments.of("everything at once", OCT_2025,
                        DependentFacts.of(Relationship.UNCLE_AUNT, LocalDate.of(1960, 2, 2), Living.APART_OTHER)
                                .withIncome(SALARY).withIncome(PENSION).withIncome(Income.annual(IncomeKind.BUSINESS, 1))
                                .withUnemploymentBenefit(UnemploymentBenefit.deferred()).afterEmploymentChange()
                                .asStudent().asDisabled().residing(Residence.ABROAD_TEMPORARILY_NOT_TO_WORK),
                        docs(HOUSEHOLD_RESIDENCE_CERTIFICATE, INCOME_CERTIFICATE, PAYSLIPS_OR_EMPLOYER_CERTIFICATE,
                                PENSION_NOTICE, UNEMPLOYMENT_INSURANCE_CERTIFICATE, TAX_RETURN, STUDENT_CERTIFICATE,
                                REMITTANCE_PROOF, OVERSEAS_RESIDENCE_PROOF, DISABILITY_CERTIFICATE)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("situations")
    void documentsFollowTheAnswers(String situation, LocalDate date, DependentFacts dependent,
                                   List<RequiredDocument> expected) {
        assertThat(RequiredDocuments.of(judgedOn(date, dependent))).isEqualTo(expected);
    }

    private static List<RequiredDocument> docs(DocumentKind... kinds) {
        return Arrays.stream(kinds).map(RequiredDocument::one).toList();
    }
}
