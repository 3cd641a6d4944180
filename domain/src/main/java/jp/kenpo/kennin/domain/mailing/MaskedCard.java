package jp.kenpo.kennin.domain.mailing;

import jp.kenpo.kennin.domain.account.Language;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;

/**
 * 記号・番号 as a mail or a letter shows it: the 記号 in full (it names the employer, not the
 * person) and the 番号 with all but its last two digits hidden, e.g. {@code 記号 1234 番号 ※※56}.
 * A mail can be forwarded and a letter read by others on the way; the member knows their number.
 */
public record MaskedCard(String text) {
    public static MaskedCard of(MemberSymbol symbol, MemberNumber number) {
        return of(symbol, number, Language.JA);
    }

    /** The same, labelled in {@code language} ({@code symbol 1234 number ※※56} in English). */
    public static MaskedCard of(MemberSymbol symbol, MemberNumber number, Language language) {
        String n = number.value();
        String shown = n.length() <= 2 ? n : "※".repeat(n.length() - 2) + n.substring(n.length() - 2);
        if (n.length() <= 2) {
            shown = "※" + n.substring(n.length() - 1);
        }
        return language == Language.EN ? new MaskedCard("symbol " + symbol.value() + " number " + shown)
                : new MaskedCard("記号 " + symbol.value() + " 番号 " + shown);
    }

    @Override
    public String toString() {
        return text;
    }
}
