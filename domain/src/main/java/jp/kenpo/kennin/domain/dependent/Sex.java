package jp.kenpo.kennin.domain.dependent;

import java.util.Locale;
import java.util.Map;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.text.JapaneseText;

/** 性別 as insurers' systems export it: in words, as a letter, or as the 1/2 code of official forms. */
public enum Sex {
    MALE, FEMALE;

    private static final Map<String, Sex> TERMS = Map.of(
            "男", MALE, "男性", MALE, "M", MALE, "1", MALE,
            "女", FEMALE, "女性", FEMALE, "F", FEMALE, "2", FEMALE);

    /** @throws InvalidValueException {@code dependent.sex.invalid} for anything else, blank included */
    public static Sex parse(String raw) {
        String key = JapaneseText.nfkc(raw == null ? "" : raw).strip().toUpperCase(Locale.ROOT);
        Sex sex = TERMS.get(key);
        if (sex == null) {
            throw new InvalidValueException("dependent.sex.invalid");
        }
        return sex;
    }
}
