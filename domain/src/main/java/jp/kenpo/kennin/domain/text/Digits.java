package jp.kenpo.kennin.domain.text;

/** Small helpers for numbers that rosters write as strings of digits. */
public final class Digits {
    private Digits() {
    }

    /**
     * {@code digits} without its leading zeros, keeping the last character even when it is a zero
     * ("007" is "7", "000" is "0"), as {@code replaceFirst("^0+(?=.)", "")} did; a loop instead of
     * that regex because it runs for every roster row.
     */
    public static String withoutLeadingZeros(String digits) {
        int start = 0;
        int last = digits.length() - 1;
        while (start < last && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }
}
