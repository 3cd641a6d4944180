package jp.kenpo.kennin.domain.eligibility;

import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What an insurer sets differently from the national rule set: how monthly and daily figures are
 * rounded, and its own limits for a band. An explicit limit wins over the rounding for its band.
 */
public record InsurerOverrides(Optional<RoundingMode> rounding, Map<IncomeBand, IncomeLimit> limits) {
    public InsurerOverrides {
        Inputs.present(rounding, "rounding");
        limits = RuleSet.copyOf(limits);
    }

    public static InsurerOverrides none() {
        return new InsurerOverrides(Optional.empty(), Map.of());
    }

    public InsurerOverrides withRounding(RoundingMode monthlyAndDaily) {
        return new InsurerOverrides(Optional.of(Inputs.present(monthlyAndDaily, "monthlyAndDaily")), limits);
    }

    public InsurerOverrides withLimit(IncomeBand band, IncomeLimit limit) {
        Map<IncomeBand, IncomeLimit> more = new EnumMap<>(IncomeBand.class);
        more.putAll(limits);
        more.put(Inputs.present(band, "band"), Inputs.present(limit, "limit"));
        return new InsurerOverrides(rounding, more);
    }

    IncomeLimit applyTo(IncomeBand band, IncomeLimit national) {
        IncomeLimit own = limits.get(band);
        if (own != null) {
            return own;
        }
        return rounding.map(r -> IncomeLimit.under(national.annual(), r)).orElse(national);
    }
}
