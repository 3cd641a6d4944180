package jp.kenpo.kennin.application.registration;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.registration.IdentifyMemberUseCase.IdentifyMemberCommand;
import jp.kenpo.kennin.application.registration.IdentifyMemberUseCase.IdentifyMemberResult;
import jp.kenpo.kennin.domain.text.DateProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ABirthDateThatIsNoDateIsAFormatErrorNotAMismatchTest {
    private final Omron omron = new Omron();
    private final InMemorySystem system = omron.system;

    @ParameterizedTest(name = "[{index}] {1} ({2})")
    @CsvSource(delimiter = '|', value = {
            "3456 | 1980/6/31      | NO_SUCH_DAY",
            "3456 | 1980/02/30     | NO_SUCH_DAY",
            "9999 | 1980/6/31      | NO_SUCH_DAY",
            "3456 | 平成32年1月1日   | OUTSIDE_ERA",
            "3456 | 令和元年4月30日  | OUTSIDE_ERA",
            "3456 | 昭和五十五年四月一日 | UNREADABLE",
            "3456 | 1980年          | UNREADABLE",
    })
    void theDateIsExplainedTheSameForAnyCardAndCountsNoFailure(String number, String birthDate, DateProblem problem) {
        IdentifyMemberResult result = system.identifyMember.identifyMember(
                new IdentifyMemberCommand("omron", "12", number, birthDate, "ヤマダ タロウ", new ClientAddress("203.0.113.9")));

        assertThat(result).isEqualTo(new IdentifyMemberResult.BirthDateUnreadable(problem));
        assertThat(system.failures.count("identify:addr:203.0.113.9")).isZero();
        assertThat(system.failures.count(IdentifyMemberService.cardKey(system.digest, "omron", "12", "3456"))).isZero();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {"昭和55年4月1日", "S55.4.1", "ｓ５５／４／１", "1980年4月1日", "１９８０/４/１"})
    void taroIdentifiesWithHisBirthDateInAnyFormTheHintNames(String birthDate) {
        IdentifyMemberResult result = system.identifyMember.identifyMember(
                new IdentifyMemberCommand("omron", "12", "3456", birthDate, "やまだ たろう", ClientAddress.local()));

        assertThat(result).isInstanceOf(IdentifyMemberResult.Identified.class);
    }
}
