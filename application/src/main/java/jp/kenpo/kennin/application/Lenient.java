package jp.kenpo.kennin.application;

import java.util.Optional;
import java.util.function.Supplier;
import jp.kenpo.kennin.domain.InvalidValueException;

/**
 * For input that is only ever matched against what is stored (login, identity check, forgotten
 * credentials): an unreadable value simply matches nothing, and the answer must not say why.
 */
public final class Lenient {
    private Lenient() {
    }

    /** The parsed value, or empty when the domain rejects it. */
    public static <T> Optional<T> read(Supplier<T> parse) {
        try {
            return Optional.of(parse.get());
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }
}
