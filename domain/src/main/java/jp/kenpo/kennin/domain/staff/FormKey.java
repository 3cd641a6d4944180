package jp.kenpo.kennin.domain.staff;

import jp.kenpo.kennin.domain.InvalidValueException;

/**
 * The one-time key a staff form carries (128 random bits, lower-case hex), so sending the same
 * form twice (a double click, a resent request) is recognised and done once. Anything else is
 * refused: a form without its key is an old or forged one.
 */
public record FormKey(String value) {
    public FormKey {
        if (value == null || !value.matches("[0-9a-f]{32}")) {
            throw new InvalidValueException("form.key.invalid");
        }
    }

    public static FormKey parse(String raw) {
        return new FormKey(raw);
    }
}
