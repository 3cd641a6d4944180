package jp.kenpo.kennin.application.document;

import java.util.regex.Pattern;
import jp.kenpo.kennin.domain.InvalidValueException;

/**
 * The one shape of the keys under which files sit in storage: 128 random bits in lower-case hex.
 * Nothing else is ever accepted, so a key can be part of a path without any way to leave the
 * storage area, and never carries a member's file name.
 */
final class RandomKey {
    private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{32}");

    private RandomKey() {
    }

    static String require(String value, String code) {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException(code);
        }
        return value;
    }
}
