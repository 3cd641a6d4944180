package jp.kenpo.kennin.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import jp.kenpo.kennin.domain.InvalidValueException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Facts that cannot be true never reach a rule: they fail at construction with a reason code. */
class ImpossibleAnswersAreRefusedTest {
    private static final LocalDate BORN = LocalDate.of(1990, 1, 1);
    private static final DependentFacts CHILD = DependentFacts.of(Relationship.CHILD, BORN, Living.TOGETHER);

    private static void refused(ThrowingCallable construction, String code) {
        assertThatThrownBy(construction).isInstanceOf(InvalidValueException.class).hasMessage(code);
    }

    @Test
    void amountsOutOfRange() {
        refused(() -> Income.annual(IncomeKind.SALARY, -1), "dependent.income.outOfRange");
        refused(() -> Income.monthly(IncomeKind.SALARY, 100_000_000_001L), "dependent.income.outOfRange");
        refused(() -> CHILD.withAnnualRemittance(-1), "dependent.remittance.outOfRange");
        refused(() -> new MemberFacts(BORN, -1), "member.income.outOfRange");
        refused(() -> new RequiredDocument(DocumentKind.PENSION_NOTICE, 0), "eligibility.document.copies");
    }

    @Test
    void aDailyAmountOnlyWhileReceiving() {
        refused(() -> UnemploymentBenefit.receiving(0), "dependent.unemploymentBenefit.invalid");
        refused(() -> new UnemploymentBenefit(UnemploymentBenefit.State.DEFERRED, 3_000),
                "dependent.unemploymentBenefit.invalid");
    }

    @Test
    void nobodyIsJudgedBeforeBirthOrUnderARuleSetNotYetInForce() {
        LocalDate date = LocalDate.of(2025, 10, 1);
        RuleSet rules = RuleSets.japan().inForceOn(date);
        refused(() -> new EligibilityCase(DependentFacts.of(Relationship.CHILD, date.plusDays(1), Living.TOGETHER),
                Fixtures.MEMBER, date, rules), "dependent.birthDate.afterJudgementDate");
        refused(() -> new EligibilityCase(CHILD, new MemberFacts(date.plusDays(1), 0), date, rules),
                "member.birthDate.afterJudgementDate");
        refused(() -> new EligibilityCase(CHILD, Fixtures.MEMBER, date.minusDays(1), rules),
                "eligibility.ruleSet.notInForce");
    }

    @Test
    void recordsKeepNoMutableList() {
        List<Income> incomes = new ArrayList<>(List.of(Income.annual(IncomeKind.SALARY, 1)));
        DependentFacts facts = new DependentFacts(Relationship.CHILD, BORN, Living.TOGETHER, false, Residence.IN_JAPAN,
                incomes, UnemploymentBenefit.notClaiming(), OptionalLong.empty(), false, false, false);
        incomes.clear();
        assertThat(facts.incomes()).hasSize(1);
    }
}
