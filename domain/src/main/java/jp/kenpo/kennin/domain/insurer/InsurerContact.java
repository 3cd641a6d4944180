package jp.kenpo.kennin.domain.insurer;

/** What members are shown when they need help: call centre, its hours, a mail address, a FAQ link. Any may be blank. */
public record InsurerContact(String callCentre, String hours, String mailAddress, String faqUrl) {
    public InsurerContact {
        callCentre = blankToEmpty(callCentre);
        hours = blankToEmpty(hours);
        mailAddress = blankToEmpty(mailAddress);
        faqUrl = blankToEmpty(faqUrl);
        if (!faqUrl.isEmpty() && !(faqUrl.startsWith("https://") || faqUrl.startsWith("http://"))) {
            throw new jp.kenpo.kennin.domain.InvalidValueException("insurer.faqUrl.invalid");
        }
    }

    public static InsurerContact none() {
        return new InsurerContact("", "", "", "");
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
