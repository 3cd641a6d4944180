package jp.kenpo.kennin.domain.eligibility;

import java.time.LocalDate;
import jp.kenpo.kennin.domain.InvalidValueException;

/** What the rules need to know about the insured member (被保険者). */
public record MemberFacts(LocalDate birthDate, long expectedAnnualIncome) {
    public MemberFacts {
        Inputs.present(birthDate, "birthDate");
        if (expectedAnnualIncome < 0 || expectedAnnualIncome > Income.MAX_YEN) {
            throw new InvalidValueException("member.income.outOfRange");
        }
    }
}
