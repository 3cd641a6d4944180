package jp.kenpo.kennin.domain.eligibility;

import static jp.kenpo.kennin.domain.eligibility.Fixtures.FIRST_DAY_OF_150MAN;
import static jp.kenpo.kennin.domain.eligibility.Fixtures.judgedOn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DependentInsuredElsewhereTest {
    private static final DependentFacts SON = DependentFacts.of(Relationship.CHILD, LocalDate.of(2001, 1, 1), Living.TOGETHER);

    @Test
    void aSonWithHisOwnEmployersInsuranceIsNoLongerADependent() {
        assertThat(new OtherHealthInsurancePolicy().evaluate(judgedOn(FIRST_DAY_OF_150MAN, SON.coveredByOtherHealthInsurance())))
                .containsExactly(Reason.disqualifying("eligibility.otherHealthInsurance"));
    }

    @Test
    void withoutOtherInsuranceThePolicyIsSilent() {
        assertThat(new OtherHealthInsurancePolicy().evaluate(judgedOn(FIRST_DAY_OF_150MAN, SON))).isEmpty();
    }
}
