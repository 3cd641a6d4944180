package jp.kenpo.kennin.application.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.insurer.OpenSurveyYearUseCase.OpenSurveyYearCommand;
import jp.kenpo.kennin.application.roster.DependentRosterRow;
import jp.kenpo.kennin.application.roster.ImportDependentsUseCase.ImportDependentsCommand;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.survey.SurveyScope;

/**
 * omron's 2025 survey (opens 2025-07-01, deadline 2025-08-31, 基準日 2025-10-01) and 山田 太郎,
 * registered, with his wife (同居) and his son born 2005-06-01 (別居).
 */
final class YamadaFamily {
    final Omron omron = new Omron();
    final InMemorySystem system = omron.system;
    final Account taro;
    final Dependent wife;
    final Dependent son;

    YamadaFamily() {
        this(SurveyScope.all());
    }

    /** The same family under a survey that asks about whom {@code scope} says. */
    YamadaFamily(SurveyScope scope) {
        system.openSurveyYear.openSurveyYear(new OpenSurveyYearCommand("omron", 2025, "令和7年度", LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 8, 31), Optional.of(LocalDate.of(2025, 10, 1)), scope));
        system.importDependents.importDependents(new ImportDependentsCommand("omron", List.of(
                new DependentRosterRow(2, "12", "3456", "1", "山田 花子", "ヤマダ ハナコ", "1982/06/15", "妻", "女", "同居", ""),
                new DependentRosterRow(3, "12", "3456", "2", "山田 一郎", "ヤマダ イチロウ", "2005/06/01", "長男", "男", "別居", ""))));
        taro = system.register(omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);
        List<Dependent> family = system.dependents.dependentsOf(omron.taro.id());
        wife = family.get(0);
        son = family.get(1);
    }
}
