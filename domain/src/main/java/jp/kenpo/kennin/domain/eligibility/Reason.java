package jp.kenpo.kennin.domain.eligibility;

import java.util.Arrays;
import java.util.List;

/**
 * One finding of a rule. {@code code} is a message key such as {@code eligibility.income.overAnnualLimit};
 * {@code args} fill its placeholders in order.
 */
public record Reason(Severity severity, String code, List<Object> args) {
    /** How far a finding moves the outcome: a note leaves it at 継続可. */
    public enum Severity { NOTE, REVIEW, DISQUALIFYING }

    public Reason {
        Inputs.present(severity, "severity");
        Inputs.present(code, "code");
        args = List.copyOf(Inputs.allPresent(args, "args"));
    }

    public static Reason note(String code, Object... args) {
        return new Reason(Severity.NOTE, code, Arrays.asList(Inputs.present(args, "args")));
    }

    public static Reason review(String code, Object... args) {
        return new Reason(Severity.REVIEW, code, Arrays.asList(Inputs.present(args, "args")));
    }

    public static Reason disqualifying(String code, Object... args) {
        return new Reason(Severity.DISQUALIFYING, code, Arrays.asList(Inputs.present(args, "args")));
    }
}
