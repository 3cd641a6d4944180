package jp.kenpo.kennin.application.dependent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.dependent.ListDependentsInScopeUseCase.DependentsInScopeResult;
import jp.kenpo.kennin.application.insurer.OpenSurveyYearUseCase.OpenSurveyYearCommand;
import jp.kenpo.kennin.application.insurer.OpenSurveyYearUseCase.OpenSurveyYearResult;
import jp.kenpo.kennin.application.roster.DependentRosterRow;
import jp.kenpo.kennin.application.roster.ImportDependentsUseCase.ImportDependentsCommand;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.survey.SurveyScope;
import org.junit.jupiter.api.Test;

/**
 * omron surveys dependents aged 18 or more on 1 April 2025 who were certified by 30 September
 * 2024. 山田 太郎 has a wife, a son who turned 18 on the eve of his birthday, a daughter of 15 and
 * a son certified only in 2025.
 */
class OnlyDependentsInScopeOfTheSurveyYearAreListedTest {
    private final Omron omron = new Omron();
    private final InMemorySystem system = omron.system;

    OnlyDependentsInScopeOfTheSurveyYearAreListedTest() {
        system.importDependents.importDependents(new ImportDependentsCommand("omron", List.of(
                new DependentRosterRow(2, "12", "3456", "1", "山田 花子", "ヤマダ ハナコ", "1982/06/15", "妻", "女", "", "2010/04/01"),
                new DependentRosterRow(3, "12", "3456", "2", "山田 一郎", "ヤマダ イチロウ", "2007/04/02", "長男", "男", "同居", ""),
                new DependentRosterRow(4, "12", "3456", "3", "山田 桜", "ヤマダ サクラ", "2010/04/02", "長女", "女", "同居", ""),
                new DependentRosterRow(5, "12", "3456", "4", "山田 次郎", "ヤマダ ジロウ", "2000/01/01", "次男", "男", "別居",
                        "2025/01/10"))));
    }

    private OpenSurveyYearResult open(SurveyScope scope) {
        return system.openSurveyYear.openSurveyYear(new OpenSurveyYearCommand("omron", 2025, "令和7年度",
                LocalDate.of(2025, 7, 1), LocalDate.of(2025, 8, 31), Optional.of(LocalDate.of(2025, 4, 1)), scope));
    }

    private DependentsInScopeResult listed() {
        return system.listDependentsInScope.listDependentsInScope(omron.taro.id());
    }

    @Test
    void adultsCertifiedBeforeTheCutOffAreListedAndTheYoungAndRecentAreNot() {
        assertThat(open(SurveyScope.agedAtLeast(18).certifiedOnOrBefore(LocalDate.of(2024, 9, 30))))
                .isInstanceOf(OpenSurveyYearResult.Opened.class);

        assertThat(listed()).isInstanceOfSatisfying(DependentsInScopeResult.InScope.class, inScope -> {
            assertThat(inScope.fiscalYear()).isEqualTo(2025);
            assertThat(inScope.referenceDate()).isEqualTo(LocalDate.of(2025, 4, 1));
            assertThat(inScope.dependents()).extracting(d -> d.relationship().term()).containsExactly("妻", "長男");
        });
    }

    @Test
    void aSurveyOfEveryoneListsTheWholeFamilyInNumberOrder() {
        open(SurveyScope.all());

        assertThat(listed()).isInstanceOfSatisfying(DependentsInScopeResult.InScope.class,
                inScope -> assertThat(inScope.dependents()).extracting(d -> d.number().value()).containsExactly("1", "2", "3", "4"));
    }

    @Test
    void aPreScreenedListShowsOnlyTheFlaggedPeople() {
        Dependent daughter = system.dependents.dependentsOf(omron.taro.id()).get(2);
        open(SurveyScope.listed(java.util.Set.of(daughter.id())));

        assertThat(listed()).isInstanceOfSatisfying(DependentsInScopeResult.InScope.class,
                inScope -> assertThat(inScope.dependents()).containsExactly(daughter));
    }

    @Test
    void withoutAnOpenSurveyNothingIsListed() {
        assertThat(listed()).isEqualTo(new DependentsInScopeResult.NoSurveyYear());
        assertThat(system.listDependentsInScope.listDependentsInScope(new MemberId(999)))
                .isEqualTo(new DependentsInScopeResult.UnknownMember());
    }
}
