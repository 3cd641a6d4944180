package jp.kenpo.kennin.domain.eligibility;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import jp.kenpo.kennin.domain.InvalidValueException;

/** The versions of the rules, oldest first; the one in force on a date judges that date. */
public record RuleSets(List<RuleSet> versions) {
    public RuleSets {
        versions = Inputs.allPresent(versions, "versions").stream().sorted(Comparator.comparing(RuleSet::effectiveFrom)).toList();
        if (versions.isEmpty()
                || versions.stream().map(RuleSet::effectiveFrom).distinct().count() != versions.size()) {
            throw new InvalidValueException("eligibility.ruleSet.invalid");
        }
    }

    public static RuleSets of(RuleSet... versions) {
        return new RuleSets(Arrays.asList(Inputs.present(versions, "versions")));
    }

    /**
     * The national rules. Monthly and daily figures are rounded up, which gives the 未満 figures
     * published for 150万 (125,000 / 4,167) and 180万 (150,000 / 5,000), and for 130万 the
     * 108,334 / 3,612 that equal the widespread "108,333円以下 / 3,611円以下". Dates before
     * 2020-04-01 are refused: no version models the rules before the residence requirement.
     */
    public static RuleSets japan() {
        IncomeLimit standard = IncomeLimit.under(1_300_000, RoundingMode.CEILING);
        IncomeLimit elderlyOrDisabled = IncomeLimit.under(1_800_000, RoundingMode.CEILING);
        Map<IncomeBand, IncomeLimit> until2025 = Map.of(
                IncomeBand.STANDARD, standard, IncomeBand.ELDERLY_OR_DISABLED, elderlyOrDisabled);
        Map<IncomeBand, IncomeLimit> from2025 = Map.of(
                IncomeBand.STANDARD, standard, IncomeBand.ELDERLY_OR_DISABLED, elderlyOrDisabled,
                IncomeBand.YOUNG_ADULT, IncomeLimit.under(1_500_000, RoundingMode.CEILING));
        return of(
                // 国内居住要件 (令和元年法律第9号).
                new RuleSet(LocalDate.of(2020, 4, 1), until2025, 19, 23, 60, 75, false),
                // 150万 for ages 19–22 except spouses (保発0704第2号, 2025-07-04).
                new RuleSet(LocalDate.of(2025, 10, 1), from2025, 19, 23, 60, 75, false),
                // Salary judged from the labour contract (令和8年4月1日以降の認定).
                new RuleSet(LocalDate.of(2026, 4, 1), from2025, 19, 23, 60, 75, true));
    }

    /** Every version with the insurer's settings. */
    public RuleSets withOverrides(InsurerOverrides overrides) {
        Inputs.present(overrides, "overrides");
        return new RuleSets(versions.stream().map(v -> v.withOverrides(overrides)).toList());
    }

    /** The latest version effective on or before {@code date}. */
    public RuleSet inForceOn(LocalDate date) {
        Inputs.present(date, "date");
        RuleSet inForce = null;
        for (RuleSet version : versions) {
            if (!version.effectiveFrom().isAfter(date)) {
                inForce = version;
            }
        }
        if (inForce == null) {
            throw new InvalidValueException("eligibility.ruleSet.notInForce");
        }
        return inForce;
    }
}
