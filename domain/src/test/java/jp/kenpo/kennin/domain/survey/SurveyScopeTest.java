package jp.kenpo.kennin.domain.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.dependent.Cohabitation;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.dependent.DependentNumber;
import jp.kenpo.kennin.domain.dependent.Sex;
import jp.kenpo.kennin.domain.dependent.StatedRelationship;
import jp.kenpo.kennin.domain.eligibility.RuleSets;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.member.PersonName;
import org.junit.jupiter.api.Test;

/** An insurer surveying dependents aged 18 or more on 1 April 2025, leaving out those certified since 1 October 2024. */
class SurveyScopeTest {
    private static final LocalDate REFERENCE = LocalDate.of(2025, 4, 1);

    private static Dependent dependent(long id, LocalDate birthDate, LocalDate certifiedOn) {
        return new Dependent(new DependentId(id), new MemberId(1), new DependentNumber(String.valueOf(id)),
                new PersonName("山田 花子", "ヤマダ ハナコ"), birthDate, StatedRelationship.parse("長女"), Sex.FEMALE,
                Cohabitation.UNKNOWN, Optional.ofNullable(certifiedOn));
    }

    @Test
    void someoneBornOnTheSecondOfAprilIsEighteenOnTheFirstOfAprilByTheBirthdayEveRule() {
        SurveyScope adults = SurveyScope.agedAtLeast(18);

        assertThat(adults.includes(dependent(1, LocalDate.of(2007, 4, 2), null), REFERENCE)).isTrue();
        assertThat(adults.includes(dependent(2, LocalDate.of(2007, 4, 3), null), REFERENCE)).isFalse();
        assertThat(adults.includes(dependent(3, LocalDate.of(2026, 1, 1), null), REFERENCE)).as("born after the date").isFalse();
    }

    @Test
    void dependentsCertifiedAfterTheCutOffAreLeftOutButThoseWithoutADateStay() {
        SurveyScope scope = SurveyScope.agedAtLeast(18).certifiedOnOrBefore(LocalDate.of(2024, 9, 30));
        LocalDate adult = LocalDate.of(1990, 1, 1);

        assertThat(scope.includes(dependent(1, adult, LocalDate.of(2024, 9, 30)), REFERENCE)).isTrue();
        assertThat(scope.includes(dependent(2, adult, LocalDate.of(2024, 10, 1)), REFERENCE)).isFalse();
        assertThat(scope.includes(dependent(3, adult, null), REFERENCE)).isTrue();
    }

    @Test
    void aPreScreenedListSurveysExactlyThosePeople() {
        SurveyScope flagged = SurveyScope.listed(Set.of(new DependentId(2)));

        assertThat(flagged.includes(dependent(2, LocalDate.of(2020, 1, 1), null), REFERENCE)).isTrue();
        assertThat(flagged.includes(dependent(3, LocalDate.of(1960, 1, 1), null), REFERENCE)).isFalse();
        assertThat(SurveyScope.all().includes(dependent(3, LocalDate.of(2020, 1, 1), null), REFERENCE)).isTrue();
    }

    @Test
    void anEmptyListOrAnImpossibleAgeIsRefused() {
        assertThatThrownBy(() -> SurveyScope.listed(Set.of()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("survey.scope.listEmpty"));
        assertThatThrownBy(() -> SurveyScope.agedAtLeast(-1))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("survey.scope.age.invalid"));
    }

    @Test
    void aSurveyYearWithoutScopeAsksAboutEveryoneWithAgesOnItsOpeningDay() {
        SurveyYear year = new SurveyYear(new InsurerCode("omron"), 2025, "令和7年度", LocalDate.of(2025, 7, 1),
                new SurveyDeadline(LocalDate.of(2025, 8, 31)));

        assertThat(year.referenceDate()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(year.scope()).isEqualTo(SurveyScope.all());
    }

    @Test
    void theRulesInForceOnTheReferenceDateJudgeTheYear() {
        SurveyYear year = new SurveyYear(new InsurerCode("omron"), 2025, "令和7年度", LocalDate.of(2025, 10, 15),
                new SurveyDeadline(LocalDate.of(2025, 11, 30)), LocalDate.of(2025, 9, 30), SurveyScope.all());

        assertThat(year.rulesInForce(RuleSets.japan()).effectiveFrom()).isEqualTo(LocalDate.of(2020, 4, 1));
    }
}
