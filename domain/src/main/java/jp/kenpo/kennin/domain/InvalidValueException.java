package jp.kenpo.kennin.domain;

/**
 * A value from outside did not satisfy a domain rule. Carries a reason code (a message-bundle key
 * such as {@code member.symbol.invalid}), never user-facing text: adapters resolve the code.
 */
public final class InvalidValueException extends IllegalArgumentException {
    private final String code;

    public InvalidValueException(String code) {
        super(code);
        this.code = code;
    }

    /** @param detail for logs and developers (which input was wrong); never shown to members */
    public InvalidValueException(String code, String detail) {
        super(code + ": " + detail);
        this.code = code;
    }

    /**
     * {@code value} itself, or this exception with {@code code} when it is null: the public entry
     * points refuse a missing input by name instead of failing later with a bare NullPointerException.
     */
    public static <T> T requirePresent(T value, String code, String what) {
        if (value == null) {
            throw new InvalidValueException(code, what + " is missing");
        }
        return value;
    }

    public String code() {
        return code;
    }
}
