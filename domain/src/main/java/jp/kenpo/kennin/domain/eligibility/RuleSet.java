package jp.kenpo.kennin.domain.eligibility;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import jp.kenpo.kennin.domain.InvalidValueException;

/**
 * The figures and switches of the dependent rules from one effective date on. The national
 * versions are in {@link RuleSets#japan()}; an insurer derives its own with {@link #withOverrides}.
 *
 * @param limits                    by band; without {@link IncomeBand#YOUNG_ADULT} the 150万 band does not exist yet
 * @param youngAdultMaxAgeExclusive 23 for 19歳以上23歳未満
 * @param elderlyAge                from this age (on the judgement date) the 180万 limit applies
 * @param lateStageAge              from this birthday a person is in 後期高齢者医療
 * @param salaryFromLabourContract  a salary-only income is shown by the labour contract and a
 *                                  declaration instead of payslips (from 2026-04-01)
 */
public record RuleSet(LocalDate effectiveFrom, Map<IncomeBand, IncomeLimit> limits, int youngAdultMinAge,
                      int youngAdultMaxAgeExclusive, int elderlyAge, int lateStageAge,
                      boolean salaryFromLabourContract) {
    public RuleSet {
        Inputs.present(effectiveFrom, "effectiveFrom");
        limits = copyOf(limits);
        if (!limits.containsKey(IncomeBand.STANDARD) || !limits.containsKey(IncomeBand.ELDERLY_OR_DISABLED)
                || youngAdultMinAge < 0 || youngAdultMaxAgeExclusive <= youngAdultMinAge
                || elderlyAge <= youngAdultMaxAgeExclusive || lateStageAge <= elderlyAge) {
            throw new InvalidValueException("eligibility.ruleSet.invalid");
        }
    }

    /**
     * This version with the insurer's rounding and limits. Overrides only touch the bands this
     * version has: an insurer's 150万 figures must not bring the band into force before 2025-10-01.
     */
    public RuleSet withOverrides(InsurerOverrides overrides) {
        Inputs.present(overrides, "overrides");
        Map<IncomeBand, IncomeLimit> own = new EnumMap<>(IncomeBand.class);
        limits.forEach((band, national) -> own.put(band, overrides.applyTo(band, national)));
        return new RuleSet(effectiveFrom, own, youngAdultMinAge, youngAdultMaxAgeExclusive, elderlyAge, lateStageAge,
                salaryFromLabourContract);
    }

    /** The limit of a band this version has. */
    public IncomeLimit limit(IncomeBand band) {
        IncomeLimit limit = limits.get(Inputs.present(band, "band"));
        if (limit == null) {
            throw new InvalidValueException("eligibility.ruleSet.noSuchBand");
        }
        return limit;
    }

    public boolean hasBand(IncomeBand band) {
        return limits.containsKey(Inputs.present(band, "band"));
    }

    static Map<IncomeBand, IncomeLimit> copyOf(Map<IncomeBand, IncomeLimit> limits) {
        Map<IncomeBand, IncomeLimit> copy = new EnumMap<>(IncomeBand.class);
        Inputs.present(limits, "limits").forEach((band, limit) ->
                copy.put(Inputs.present(band, "a band of limits"), Inputs.present(limit, "a limit of limits")));
        return Collections.unmodifiableMap(copy);
    }
}
