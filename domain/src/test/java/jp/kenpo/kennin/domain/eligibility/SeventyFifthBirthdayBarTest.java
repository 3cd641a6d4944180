package jp.kenpo.kennin.domain.eligibility;

import static jp.kenpo.kennin.domain.eligibility.Fixtures.MEMBER;
import static jp.kenpo.kennin.domain.eligibility.Fixtures.judgedOn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 後期高齢者医療 from the 75th birthday itself, not its eve: for the dependent and for the member. */
class SeventyFifthBirthdayBarTest {
    private static final DependentFacts YOUNG_CHILD =
            DependentFacts.of(Relationship.CHILD, LocalDate.of(2015, 5, 5), Living.TOGETHER);

    @ParameterizedTest(name = "[{index}] born {0}, judged {1}: barred {2}")
    @CsvSource({
            "1950-11-01, 2025-10-31, false",
            "1950-11-01, 2025-11-01, true",
            "1952-02-29, 2027-02-28, false",
            "1952-02-29, 2027-03-01, true",
    })
    void aDependentTurningSeventyFive(LocalDate born, LocalDate date, boolean barred) {
        DependentFacts father = DependentFacts.of(Relationship.PARENT, born, Living.TOGETHER);
        assertThat(new DependentLateStageElderlyPolicy().evaluate(judgedOn(date, father))).isEqualTo(barred
                ? List.of(Reason.disqualifying("eligibility.dependent.lateStageElderly",
                        Ages.birthday(born, 75)))
                : List.of());
    }

    @ParameterizedTest(name = "[{index}] member born {0}, judged {1}: barred {2}")
    @CsvSource({
            "1950-11-01, 2025-10-31, false",
            "1950-11-01, 2025-11-01, true",
    })
    void aMemberTurningSeventyFiveTakesTheDependentsAlong(LocalDate born, LocalDate date, boolean barred) {
        EligibilityCase c = judgedOn(date, YOUNG_CHILD, new MemberFacts(born, 3_000_000));
        assertThat(new MemberLateStageElderlyPolicy().evaluate(c)).isEqualTo(barred
                ? List.of(Reason.disqualifying("eligibility.member.lateStageElderly", LocalDate.of(2025, 11, 1)))
                : List.of());
    }

    @Test
    void theMembersBirthdayEndsTheChildsStatus() {
        MemberFacts turning = new MemberFacts(LocalDate.of(1950, 11, 1), 3_000_000);
        EligibilityEngine engine = EligibilityEngine.of(RuleSets.japan());
        assertThat(engine.judge(YOUNG_CHILD, turning, LocalDate.of(2025, 11, 1))).isInstanceOf(Judgement.Discontinue.class);
        assertThat(engine.judge(YOUNG_CHILD, MEMBER, LocalDate.of(2025, 11, 1))).isInstanceOf(Judgement.Continue.class);
    }
}
