package jp.kenpo.kennin.domain.survey;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.text.JapaneseText;

/**
 * An amount of yen a member typed: digits of either width, with or without thousands commas
 * (1,300,000 / １，３００，０００), an optional trailing 円, or in 万 (130万, 130万5000), as people
 * write amounts on paper forms. Decimals are refused rather than rounded: 12.5万 is rare and a
 * rounding the member did not see would change a judgement.
 */
public record YenAmount(long yen) {
    /** Far above any income or remittance a dependent's survey can hold; a larger number is a typing slip. */
    public static final long MAX_YEN = 1_000_000_000L;

    private static final Pattern PLAIN = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d+");
    private static final Pattern MAN = Pattern.compile("(\\d+)万(\\d{1,4})?");

    public YenAmount {
        if (yen < 0) {
            throw new InvalidValueException("survey.amount.negative");
        }
        if (yen > MAX_YEN) {
            throw new InvalidValueException("survey.amount.tooLarge");
        }
    }

    /**
     * @throws InvalidValueException {@code survey.amount.invalid} for anything but an amount,
     *                               {@code survey.amount.negative} or {@code survey.amount.tooLarge}
     */
    public static YenAmount parse(String raw) {
        // NFKC turns full-width digits, commas and minus signs into ASCII; "、" is a comma to many typists.
        String s = JapaneseText.nfkc(raw).replace(" ", "").replace("、", ",").replace("\u2212", "-");
        if (s.endsWith("円")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.startsWith("-") && s.length() > 1 && Character.isDigit(s.charAt(1))) {
            throw new InvalidValueException("survey.amount.negative");
        }
        if (s.length() > 20) {
            throw new InvalidValueException("survey.amount.tooLarge");
        }
        if (PLAIN.matcher(s).matches()) {
            return new YenAmount(parseDigits(s.replace(",", "")));
        }
        Matcher man = MAN.matcher(s);
        if (man.matches()) {
            long tenThousands = parseDigits(man.group(1));
            long rest = man.group(2) == null ? 0 : Long.parseLong(man.group(2));
            if (tenThousands > MAX_YEN / 10_000) {
                throw new InvalidValueException("survey.amount.tooLarge");
            }
            return new YenAmount(tenThousands * 10_000 + rest);
        }
        throw new InvalidValueException("survey.amount.invalid");
    }

    private static long parseDigits(String digits) {
        if (digits.length() > 12) {
            throw new InvalidValueException("survey.amount.tooLarge");
        }
        return Long.parseLong(digits);
    }
}
