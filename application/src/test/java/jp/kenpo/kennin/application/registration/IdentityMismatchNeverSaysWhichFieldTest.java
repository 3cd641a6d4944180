package jp.kenpo.kennin.application.registration;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.registration.IdentifyMemberUseCase.IdentifyMemberCommand;
import jp.kenpo.kennin.application.registration.IdentifyMemberUseCase.IdentifyMemberResult;
import jp.kenpo.kennin.domain.audit.AuditAction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentityMismatchNeverSaysWhichFieldTest {
    private final Omron omron = new Omron();
    private final InMemorySystem system = omron.system;

    @ParameterizedTest(name = "[{index}] {5}")
    @CsvSource(delimiter = '|', value = {
            "hitachi | 12 | 3456 | 1980/04/01 | ヤマダ タロウ | unknown insurer",
            "オムロン  | 12 | 3456 | 1980/04/01 | ヤマダ タロウ | unreadable insurer code",
            "omron   | 13 | 3456 | 1980/04/01 | ヤマダ タロウ | other symbol",
            "omron   | 12 | 3457 | 1980/04/01 | ヤマダ タロウ | other number",
            "omron   | 12 | 三四五六 | 1980/04/01 | ヤマダ タロウ | unreadable number",
            "omron   | 12 | 3456 | 1980/04/02 | ヤマダ タロウ | wrong birth date",
            "omron   | 12 | 3456 | 昭和55年4月2日 | ヤマダ タロウ | wrong birth date in 和暦",
            "omron   | 12 | 3456 | 1980/04/01 | ヤマダ ジロウ | wrong kana",
            "omron   | 12 | 3456 | 1980/04/01 | 山田 太郎     | name in kanji instead of kana",
            "omron   | 12 | 3456 | 1980/04/01 | ''          | no kana",
    })
    void everyMismatchGetsTheSameAnswer(String insurer, String symbol, String number, String birthDate, String kana, String why) {
        IdentifyMemberResult result = system.identifyMember.identifyMember(
                new IdentifyMemberCommand(insurer, symbol, number, birthDate, kana, new ClientAddress("203.0.113.9")));

        assertThat(result).isEqualTo(new IdentifyMemberResult.NotMatched());
        assertThat(system.audit.actions()).containsExactly(AuditAction.IDENTITY_CHECK_FAILED);
        assertThat(system.failures.count("identify:addr:203.0.113.9")).isEqualTo(1);
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @CsvSource(delimiter = '|', value = {
            "3456 | 1 | a wrong guess about taro counts against taro's record",
            "9999 | 0 | a card nobody holds counts against no record",
    })
    void aFailureCountsAgainstTheMemberRecordItWasAbout(String number, int countedAgainstTaro, String why) {
        system.identifyMember.identifyMember(
                new IdentifyMemberCommand("omron", "12", number, "1999/01/01", "ヤマダ タロウ", ClientAddress.local()));

        // Taro's record is counted under his card's key (a keyed hash of 保険者・記号・番号).
        assertThat(system.failures.count(IdentifyMemberService.cardKey(system.digest, "omron", "12", "3456")))
                .isEqualTo(countedAgainstTaro);
    }
}
