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

    /** Whether {@code s} is 1 to {@code maxLength} ASCII digits: {@code [0-9]{1,maxLength}}. */
    public static boolean isDigits(String s, int maxLength) {
        if (s.isEmpty() || s.length() > maxLength) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isAsciiDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** 0 to 9 in ASCII only (NFKC has made full-width digits ASCII before any check). */
    public static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether {@code s} is such digits without a leading zero, or "0": {@code 0|[1-9][0-9]{0,maxLength-1}}. */
    public static boolean isWithoutLeadingZeros(String s, int maxLength) {
        return isDigits(s, maxLength) && (s.length() == 1 || s.charAt(0) != '0');
    }
}
