package jp.kenpo.kennin.adapters.persistence;

import java.time.LocalDate;
import jp.kenpo.kennin.application.roster.RosterEntry;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.insurer.InsurerContact;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;
import jp.kenpo.kennin.domain.member.PersonName;

/** Domain values as an insurer's data would hold them, Japanese text included. */
final class Fixtures {
    private Fixtures() {
    }

    static Insurer insurer(InsurerCode code) {
        return new Insurer(code, "サンプル健康保険組合", EmailAddress.parse("kenpo@example.jp"),
                new InsurerContact("0120-123-456", "平日 9:00～17:00（土日祝を除く）", "help@example.jp", "https://example.jp/faq"),
                CredentialPolicy.manualDefault(), 2025);
    }

    static RosterEntry entry(String symbol, String number, String email) {
        return new RosterEntry(MemberSymbol.parse(symbol), MemberNumber.parse(number), new PersonName("山田 太郎", "ヤマダ タロウ"),
                LocalDate.of(1980, 4, 1), EmailAddress.parse(email), "本社");
    }
}
