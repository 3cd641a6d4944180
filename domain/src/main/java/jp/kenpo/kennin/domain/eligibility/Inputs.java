package jp.kenpo.kennin.domain.eligibility;

import java.util.Collection;
import jp.kenpo.kennin.domain.InvalidValueException;

/** The one check every public entry point of the rules engine makes on what it is given. */
final class Inputs {
    /** A missing (null) input; the exception's message names which one. */
    static final String MISSING = "eligibility.input.missing";

    private Inputs() {
    }

    static <T> T present(T value, String what) {
        return InvalidValueException.requirePresent(value, MISSING, what);
    }

    /** The collection and each of its elements. */
    static <C extends Collection<?>> C allPresent(C values, String what) {
        present(values, what);
        for (Object value : values) {
            present(value, "an element of " + what);
        }
        return values;
    }
}
