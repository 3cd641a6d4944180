package jp.kenpo.kennin.domain.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import jp.kenpo.kennin.domain.InvalidValueException;

/**
 * What the survey form says about one dependent. Start from {@link #of} and add what applies.
 *
 * @param annualRemittance what the member sends a dependent living apart over twelve months, by
 *                         bank transfer only (cash handed over proves nothing); empty when not stated
 */
public record DependentFacts(Relationship relationship, LocalDate birthDate, Living living, boolean disabled,
                             Residence residence, List<Income> incomes, UnemploymentBenefit unemploymentBenefit,
                             OptionalLong annualRemittance, boolean student, boolean employmentChangedInPastYear,
                             boolean hasOtherHealthInsurance) {
    public DependentFacts {
        Inputs.present(relationship, "relationship");
        Inputs.present(birthDate, "birthDate");
        Inputs.present(living, "living");
        Inputs.present(residence, "residence");
        Inputs.present(unemploymentBenefit, "unemploymentBenefit");
        Inputs.present(annualRemittance, "annualRemittance");
        incomes = List.copyOf(Inputs.allPresent(incomes, "incomes"));
        if (annualRemittance.isPresent()
                && (annualRemittance.getAsLong() < 0 || annualRemittance.getAsLong() > Income.MAX_YEN)) {
            throw new InvalidValueException("dependent.remittance.outOfRange");
        }
    }

    /** Living in Japan, not disabled, no income, not claiming unemployment benefit, no remittance stated. */
    public static DependentFacts of(Relationship relationship, LocalDate birthDate, Living living) {
        return new DependentFacts(relationship, birthDate, living, false, Residence.IN_JAPAN, List.of(),
                UnemploymentBenefit.notClaiming(), OptionalLong.empty(), false, false, false);
    }

    public DependentFacts withIncome(Income income) {
        List<Income> more = new ArrayList<>(incomes);
        more.add(income);
        return new DependentFacts(relationship, birthDate, living, disabled, residence, more, unemploymentBenefit,
                annualRemittance, student, employmentChangedInPastYear, hasOtherHealthInsurance);
    }

    /** Disabled to about the level of a disability pension: the 180万 limit applies. */
    public DependentFacts asDisabled() {
        return new DependentFacts(relationship, birthDate, living, true, residence, incomes, unemploymentBenefit,
                annualRemittance, student, employmentChangedInPastYear, hasOtherHealthInsurance);
    }

    public DependentFacts residing(Residence where) {
        return new DependentFacts(relationship, birthDate, living, disabled, where, incomes, unemploymentBenefit,
                annualRemittance, student, employmentChangedInPastYear, hasOtherHealthInsurance);
    }

    public DependentFacts withUnemploymentBenefit(UnemploymentBenefit benefit) {
        return new DependentFacts(relationship, birthDate, living, disabled, residence, incomes, benefit,
                annualRemittance, student, employmentChangedInPastYear, hasOtherHealthInsurance);
    }

    public DependentFacts withAnnualRemittance(long yen) {
        return new DependentFacts(relationship, birthDate, living, disabled, residence, incomes, unemploymentBenefit,
                OptionalLong.of(yen), student, employmentChangedInPastYear, hasOtherHealthInsurance);
    }

    public DependentFacts asStudent() {
        return new DependentFacts(relationship, birthDate, living, disabled, residence, incomes, unemploymentBenefit,
                annualRemittance, true, employmentChangedInPastYear, hasOtherHealthInsurance);
    }

    /** Left or changed a job in the past year: the survey asks for the separation papers. */
    public DependentFacts afterEmploymentChange() {
        return new DependentFacts(relationship, birthDate, living, disabled, residence, incomes, unemploymentBenefit,
                annualRemittance, student, true, hasOtherHealthInsurance);
    }

    public DependentFacts coveredByOtherHealthInsurance() {
        return new DependentFacts(relationship, birthDate, living, disabled, residence, incomes, unemploymentBenefit,
                annualRemittance, student, employmentChangedInPastYear, true);
    }

    /** Every income annualised, unemployment benefit being paid included. */
    public long annualIncome() {
        return incomes.stream().mapToLong(Income::annualYen).sum() + unemploymentBenefit.annualYen();
    }

    public boolean hasIncome(IncomeKind kind) {
        return incomes.stream().anyMatch(i -> i.kind() == kind && i.yen() > 0);
    }
}
