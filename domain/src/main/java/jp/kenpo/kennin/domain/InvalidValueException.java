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

    public String code() {
        return code;
    }
}
