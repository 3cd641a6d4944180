package jp.kenpo.kennin.domain.member;

import java.util.Locale;
import java.util.regex.Pattern;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.text.JapaneseText;

/** A mail address in a form a mail server will accept; the domain part is lower-cased. */
public record EmailAddress(String value) {
    private static final Pattern SHAPE = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    public EmailAddress {
        if (value == null || value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("email.invalid");
        }
    }

    public static EmailAddress parse(String raw) {
        String s = JapaneseText.nfkc(raw);
        int at = s.lastIndexOf('@');
        if (at > 0) {
            String domain = s.substring(at);
            String lowered = domain.toLowerCase(Locale.ROOT);
            if (!lowered.equals(domain)) { // most rosters already write it in lower case: keep s as it is
                s = s.substring(0, at) + lowered;
            }
        }
        return new EmailAddress(s);
    }

    /** The address with most of its local part hidden by ※, as the manual shows it. */
    public String masked() {
        int at = value.indexOf('@');
        String local = value.substring(0, at);
        int shown = local.length() <= 3 ? 1 : 2;
        return local.substring(0, shown) + "※".repeat(Math.max(3, local.length() - shown)) + value.substring(at);
    }

    /** Key for comparing addresses: the whole address lower-cased. */
    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
