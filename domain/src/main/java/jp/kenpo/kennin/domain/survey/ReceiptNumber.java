package jp.kenpo.kennin.domain.survey;

import java.util.Objects;
import java.util.regex.Pattern;
import jp.kenpo.kennin.domain.InvalidValueException;

/**
 * 受付番号: what a member quotes to the call centre about a submission, such as {@code 2025-7KQ3-M9XD}.
 * The fiscal year, then eight characters of Crockford's base 32 (no I, L, O or U, so nothing is
 * misread over the phone), grouped by four.
 */
public record ReceiptNumber(String value) {
    public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern SHAPE = Pattern.compile("\\d{4}-[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}");

    public ReceiptNumber {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("survey.receipt.invalid");
        }
    }

    /** @param eightChars eight characters of {@link #ALPHABET}, typically random */
    public static ReceiptNumber of(int fiscalYear, String eightChars) {
        Objects.requireNonNull(eightChars);
        if (eightChars.length() != 8) {
            throw new InvalidValueException("survey.receipt.invalid");
        }
        return new ReceiptNumber(String.format("%04d-%s-%s", fiscalYear, eightChars.substring(0, 4), eightChars.substring(4)));
    }

    @Override
    public String toString() {
        return value;
    }
}
