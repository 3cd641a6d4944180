package jp.kenpo.kennin.domain.eligibility;

import java.util.List;
import java.util.Objects;

/**
 * One finding of a rule. {@code code} is a message key such as {@code eligibility.income.overAnnualLimit};
 * {@code args} fill its placeholders in order.
 */
public record Reason(Severity severity, String code, List<Object> args) {
    /** How far a finding moves the outcome: a note leaves it at 継続可. */
    public enum Severity { NOTE, REVIEW, DISQUALIFYING }

    public Reason {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(code);
        args = List.copyOf(args);
    }

    public static Reason note(String code, Object... args) {
        return new Reason(Severity.NOTE, code, List.of(args));
    }

    public static Reason review(String code, Object... args) {
        return new Reason(Severity.REVIEW, code, List.of(args));
    }

    public static Reason disqualifying(String code, Object... args) {
        return new Reason(Severity.DISQUALIFYING, code, List.of(args));
    }
}
