package jp.kenpo.kennin.application;

import java.time.LocalDate;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.member.InsuredMember;

/**
 * The manual's situation: the omron insurer in survey year 2025 and one of its members, 山田 太郎,
 * whose card reads 記号 12 番号 3456 and whose company address gets the mails.
 */
public final class Omron {
    public static final LocalDate TARO_BIRTH_DATE = LocalDate.of(1980, 4, 1);
    public static final String TARO_EMAIL = "taro.yamada@omron.example.co.jp";
    public static final String TARO_USER_ID = "taro.yamada";
    public static final String TARO_PASSWORD = "Kennin2025!";

    public final InMemorySystem system = new InMemorySystem();
    public final Insurer insurer = system.insurer("omron", "オムロン健康保険組合", 2025);
    public final InsuredMember taro = system.member(insurer, "12", "3456", "山田 太郎", "ヤマダ タロウ", TARO_BIRTH_DATE, TARO_EMAIL);

    /** Another member of the same insurer. */
    public InsuredMember hanako() {
        return system.member(insurer, "12", "7890", "佐藤 花子", "サトウ ハナコ", LocalDate.of(1985, 11, 23),
                "hanako.sato@omron.example.co.jp");
    }
}
