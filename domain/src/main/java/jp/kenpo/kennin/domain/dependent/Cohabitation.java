package jp.kenpo.kennin.domain.dependent;

import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.text.JapaneseText;

/**
 * 同居区分 as the insurer's records know it. Many rosters leave it blank; that is UNKNOWN, not
 * a guess, because for relatives who must live with the member it decides eligibility.
 */
public enum Cohabitation {
    TOGETHER, APART, UNKNOWN;

    /** @throws InvalidValueException {@code dependent.cohabitation.invalid} for a value other than 同居, 別居 or blank */
    public static Cohabitation parse(String raw) {
        String s = JapaneseText.nfkc(raw == null ? "" : raw).strip();
        return switch (s) {
            case "" -> UNKNOWN;
            case "同居" -> TOGETHER;
            case "別居" -> APART;
            default -> throw new InvalidValueException("dependent.cohabitation.invalid");
        };
    }
}
