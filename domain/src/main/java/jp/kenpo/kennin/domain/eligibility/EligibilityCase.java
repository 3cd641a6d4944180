package jp.kenpo.kennin.domain.eligibility;

import java.time.LocalDate;
import jp.kenpo.kennin.domain.InvalidValueException;

/**
 * One dependent to judge: the answers about them and their member, the date the judgement is
 * for (the certification or survey reference date, never today's clock) and the rules in force then.
 */
public record EligibilityCase(DependentFacts dependent, MemberFacts member, LocalDate judgementDate, RuleSet rules) {
    public EligibilityCase {
        Inputs.present(dependent, "dependent");
        Inputs.present(member, "member");
        Inputs.present(judgementDate, "judgementDate");
        Inputs.present(rules, "rules");
        if (dependent.birthDate().isAfter(judgementDate)) {
            throw new InvalidValueException("dependent.birthDate.afterJudgementDate");
        }
        if (member.birthDate().isAfter(judgementDate)) {
            throw new InvalidValueException("member.birthDate.afterJudgementDate");
        }
        if (rules.effectiveFrom().isAfter(judgementDate)) {
            throw new InvalidValueException("eligibility.ruleSet.notInForce");
        }
    }

    /**
     * The band whose limit applies. The 180万 band goes by the age on the judgement date (birthday
     * eve included, as for every statutory age); the 150万 band by the age on 31 December of the
     * judgement date's year, as the 2025 notice says. A disabled person of 19–22 gets the higher 180万.
     */
    public IncomeBand incomeBand() {
        if (dependent.disabled() || Ages.ageOn(dependent.birthDate(), judgementDate) >= rules.elderlyAge()) {
            return IncomeBand.ELDERLY_OR_DISABLED;
        }
        if (rules.hasBand(IncomeBand.YOUNG_ADULT) && !dependent.relationship().isSpouse()) {
            int age = Ages.ageOnLastDayOfYear(dependent.birthDate(), judgementDate.getYear());
            if (age >= rules.youngAdultMinAge() && age < rules.youngAdultMaxAgeExclusive()) {
                return IncomeBand.YOUNG_ADULT;
            }
        }
        return IncomeBand.STANDARD;
    }

    public IncomeLimit incomeLimit() {
        return rules.limit(incomeBand());
    }
}
