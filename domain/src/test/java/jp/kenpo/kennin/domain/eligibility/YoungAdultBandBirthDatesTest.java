package jp.kenpo.kennin.domain.eligibility;

import static jp.kenpo.kennin.domain.eligibility.Fixtures.judgedOn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 19歳以上23歳未満 on 31 December of the certification year: in 2025 people born 2003-01-02 to
 * 2007-01-01 (domain.md), and only for certification dates from 2025-10-01.
 */
class YoungAdultBandBirthDatesTest {

    @ParameterizedTest(name = "[{index}] born {0}, judged {1}: {2}")
    @CsvSource({
            "2003-01-01, 2025-10-01, STANDARD",
            "2003-01-02, 2025-10-01, YOUNG_ADULT",
            "2005-06-15, 2025-10-01, YOUNG_ADULT",
            "2007-01-01, 2025-10-01, YOUNG_ADULT",
            "2007-01-02, 2025-10-01, STANDARD",
            "2003-01-02, 2025-12-31, YOUNG_ADULT",
            "2007-01-01, 2025-12-31, YOUNG_ADULT",
            "2003-01-02, 2025-09-30, STANDARD",
            "2005-06-15, 2025-09-30, STANDARD",
            "2007-01-01, 2025-09-30, STANDARD",
            "2004-01-01, 2026-05-01, STANDARD",
            "2004-01-02, 2026-05-01, YOUNG_ADULT",
            "2008-01-01, 2026-05-01, YOUNG_ADULT",
            "2008-01-02, 2026-05-01, STANDARD",
    })
    void bandOfAChildByBirthDate(LocalDate birthDate, LocalDate judgementDate, IncomeBand band) {
        DependentFacts child = DependentFacts.of(Relationship.CHILD, birthDate, Living.TOGETHER);
        assertThat(judgedOn(judgementDate, child).incomeBand()).isEqualTo(band);
    }
}
