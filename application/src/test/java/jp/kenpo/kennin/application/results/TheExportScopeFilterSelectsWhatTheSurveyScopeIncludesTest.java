package jp.kenpo.kennin.application.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.kenpo.kennin.domain.dependent.Cohabitation;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.dependent.DependentNumber;
import jp.kenpo.kennin.domain.dependent.Sex;
import jp.kenpo.kennin.domain.dependent.StatedRelationship;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.member.PersonName;
import jp.kenpo.kennin.domain.survey.SurveyScope;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The export filters a million dependents in SQL, not through {@link SurveyScope#includes}: the
 * filter must select exactly the same people, also on birthday eves, 29 February, month ends and
 * the 認定日 cut-off itself.
 */
class TheExportScopeFilterSelectsWhatTheSurveyScopeIncludesTest {
    private static Dependent born(LocalDate birthDate, Optional<LocalDate> certifiedOn) {
        return new Dependent(new DependentId(1), new MemberId(1), DependentNumber.parse("1"), new PersonName("山田 花子", "ヤマダ ハナコ"),
                birthDate, StatedRelationship.parse("妻"), Sex.FEMALE, Cohabitation.TOGETHER, certifiedOn);
    }

    /** Every birth date within a few days of each age's boundary, for reference dates that make the rule bend. */
    @ParameterizedTest
    @ValueSource(strings = {"2025-04-01", "2025-02-28", "2024-02-29", "2024-02-28", "2025-03-01", "2025-12-31", "2026-01-01",
            "2028-02-28", "2028-02-29"})
    void theAgeRuleAgreesOnEveryDayAroundTheBoundary(String reference) {
        LocalDate referenceDate = LocalDate.parse(reference);
        for (int age : new int[] {0, 1, 16, 18, 19, 60, 75, 120}) {
            SurveyScope.AgedAtLeast scope = SurveyScope.agedAtLeast(age);
            ResultScope filter = ResultScope.of(scope, referenceDate);
            LocalDate around = referenceDate.minusYears(age);
            for (LocalDate birth = around.minusDays(400); birth.isBefore(around.plusDays(400)); birth = birth.plusDays(1)) {
                Dependent dependent = born(birth, Optional.empty());
                assertThat(filter.admits(birth, Optional.empty(), false))
                        .as("age %d, born %s, reference %s", age, birth, referenceDate)
                        .isEqualTo(scope.includes(dependent, referenceDate));
            }
        }
    }

    @Test
    void theCertificationCutOffAgreesOnTheDayItselfAroundItAndWithoutA認定日() {
        LocalDate referenceDate = LocalDate.of(2025, 4, 1);
        LocalDate cutOff = LocalDate.of(2024, 3, 31);
        SurveyScope.AgedAtLeast scope = SurveyScope.agedAtLeast(18).certifiedOnOrBefore(cutOff);
        ResultScope filter = ResultScope.of(scope, referenceDate);
        List<Optional<LocalDate>> certifications = new ArrayList<>();
        certifications.add(Optional.empty());
        for (int d = -3; d <= 3; d++) {
            certifications.add(Optional.of(cutOff.plusDays(d)));
        }
        for (LocalDate birth : List.of(LocalDate.of(2007, 4, 1), LocalDate.of(2007, 4, 2), LocalDate.of(2007, 4, 3),
                LocalDate.of(1960, 1, 1))) {
            for (Optional<LocalDate> certified : certifications) {
                if (certified.filter(c -> c.isBefore(birth)).isPresent()) {
                    continue;
                }
                assertThat(filter.admits(birth, certified, false)).as("born %s, certified %s", birth, certified)
                        .isEqualTo(scope.includes(born(birth, certified), referenceDate));
            }
        }
    }

    @Test
    void aListIsTheStoredListAndEveryoneIsEveryone() {
        ResultScope listed = ResultScope.of(SurveyScope.listed(Set.of(new DependentId(1))), LocalDate.of(2025, 4, 1));
        assertThat(listed).isEqualTo(new ResultScope.Listed());
        assertThat(listed.admits(LocalDate.of(2000, 1, 1), Optional.empty(), true)).isTrue();
        assertThat(listed.admits(LocalDate.of(2000, 1, 1), Optional.empty(), false)).isFalse();
        assertThat(ResultScope.of(SurveyScope.all(), LocalDate.of(2025, 4, 1))).isEqualTo(new ResultScope.Everyone());
    }

    @Test
    void aBirthAfterTheReferenceDateIsNeverInTheAgeScope() {
        LocalDate referenceDate = LocalDate.of(2025, 4, 1);
        ResultScope filter = ResultScope.of(SurveyScope.agedAtLeast(0), referenceDate);
        assertThat(filter).isEqualTo(new ResultScope.BornOnOrBefore(referenceDate, Optional.empty()));
    }
}
