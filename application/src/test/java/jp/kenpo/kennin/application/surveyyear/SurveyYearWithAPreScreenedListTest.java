package jp.kenpo.kennin.application.surveyyear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.BackOfficeSetup;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInCommand;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInResult;
import jp.kenpo.kennin.application.roster.DependentRosterRow;
import jp.kenpo.kennin.application.roster.ImportDependentsUseCase.ImportDependentsCommand;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.application.surveyyear.SetUpSurveyYearUseCase.RowProblem;
import jp.kenpo.kennin.application.surveyyear.SetUpSurveyYearUseCase.ScopeChoice;
import jp.kenpo.kennin.application.surveyyear.SetUpSurveyYearUseCase.SetUpSurveyYearCommand;
import jp.kenpo.kennin.application.surveyyear.SetUpSurveyYearUseCase.SetUpSurveyYearResult;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.staff.StaffRole;
import jp.kenpo.kennin.domain.survey.SurveyScope;
import jp.kenpo.kennin.domain.survey.SurveyYear;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Many insurers clear dependents through the マイナンバー information lookup first and survey only
 * the rest: the list staff upload decides whom members are asked about.
 */
class SurveyYearWithAPreScreenedListTest {
    private final Omron omron = new Omron();
    private final BackOfficeSetup office = new BackOfficeSetup(omron.system);
    private final SignedInStaff admin = office.administrator(omron.insurer);
    private Dependent wife;
    private Dependent son;

    @BeforeEach
    void taroHasAWifeAndASon() {
        omron.system.importDependents.importDependents(new ImportDependentsCommand("omron", List.of(
                new DependentRosterRow(2, "12", "3456", "1", "山田 花子", "ヤマダ ハナコ", "1982/06/15", "妻", "女", "同居", ""),
                new DependentRosterRow(3, "12", "3456", "2", "山田 一郎", "ヤマダ イチロウ", "2005/06/01", "長男", "男", "別居", ""))));
        List<Dependent> family = omron.system.dependents.dependentsOf(omron.taro.id());
        wife = family.get(0);
        son = family.get(1);
    }

    private SetUpSurveyYearResult open(SignedInStaff actor, int fiscalYear, ScopeChoice scope) {
        return office.setUpSurveyYear.setUpSurveyYear(new SetUpSurveyYearCommand(actor, fiscalYear, "令和7年度 被扶養者資格調査",
                LocalDate.of(fiscalYear, 7, 1), LocalDate.of(fiscalYear, 8, 31), Optional.of(LocalDate.of(fiscalYear, 10, 1)), scope,
                ClientAddress.local()));
    }

    private static ScopeChoice.Listed list(ScopeListRow... rows) {
        return new ScopeChoice.Listed("照会結果.csv", List.of(rows));
    }

    @Test
    void onlyTheListedSonIsAskedAboutAndTheWifeShowsAsClearedByTheLookup() {
        assertThat(open(admin, 2025, list(new ScopeListRow(2, "12", "3456", "2"))))
                .isEqualTo(new SetUpSurveyYearResult.Opened(false, Optional.of(1)));

        Account taro = omron.system.register(omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);
        assertThat(omron.system.listSurveyDependents.listSurveyDependents(taro.id()).dependents())
                .extracting(d -> d.dependent().id()).containsExactly(son.id());
        SurveyYear year = office.showSurveyYear.showSurveyYear(admin).year().orElseThrow();
        assertThat(year.scope().exclusion(wife, year.referenceDate())).contains("survey.scope.excluded.listed");
        assertThat(year.scope().exclusion(son, year.referenceDate())).isEmpty();
        assertThat(omron.system.audit.withAction(AuditAction.SURVEY_YEAR_OPENED)).last().satisfies(e -> {
            assertThat(e.staffId()).contains(admin.id().value());
            assertThat(e.detail()).contains("listed:1", "file=照会結果.csv");
        });
    }

    @Test
    void unknownAndRepeatedRowsAreListedWithTheirLinesAndNothingIsSaved() {
        SetUpSurveyYearResult result = open(admin, 2025, list(
                new ScopeListRow(2, "12", "3456", "2"),
                new ScopeListRow(3, "12", "9999", "1"),
                new ScopeListRow(4, "12", "3456", "7"),
                new ScopeListRow(5, "12", "3456", "2"),
                new ScopeListRow(6, "記号", "3456", "1")));

        assertThat(result).isInstanceOfSatisfying(SetUpSurveyYearResult.ListRejected.class, r -> assertThat(r.problems())
                .extracting(RowProblem::lineNumber, RowProblem::code).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "scope.list.member.unknown"),
                        org.assertj.core.groups.Tuple.tuple(4, "scope.list.dependent.unknown"),
                        org.assertj.core.groups.Tuple.tuple(5, "scope.list.duplicate"),
                        org.assertj.core.groups.Tuple.tuple(6, "member.symbol.invalid")));
        assertThat(omron.system.surveyYears.loadSurveyYear(omron.insurer.code(), 2025)).isEmpty();
        assertThat(omron.system.audit.withAction(AuditAction.SURVEY_SCOPE_LIST_REJECTED)).hasSize(1);
    }

    @Test
    void anEmptyListIsRefused() {
        assertThat(open(admin, 2025, list())).isInstanceOf(SetUpSurveyYearResult.ListRejected.class);
    }

    @Test
    void aListNamesOnlyTheStaffMembersOwnInsurersDependents() {
        var other = omron.system.insurer("other", "他の健康保険組合", 2025);
        omron.system.member(other, "12", "3456", "他 太郎", "ホカ タロウ", LocalDate.of(1980, 1, 1), "x@example.jp");

        SetUpSurveyYearResult result = office.setUpSurveyYear.setUpSurveyYear(new SetUpSurveyYearCommand(
                office.administrator(other), 2025, "他組合", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 8, 31), Optional.empty(),
                list(new ScopeListRow(2, "12", "3456", "2")), ClientAddress.local()));

        assertThat(result).isInstanceOfSatisfying(SetUpSurveyYearResult.ListRejected.class, r -> assertThat(r.problems())
                .extracting(RowProblem::code).containsExactly("scope.list.dependent.unknown"));
    }

    @Test
    void ageAndCertificationScopesAreKeptAsChosen() {
        open(admin, 2025, new ScopeChoice.AgedAtLeast(18, Optional.of(LocalDate.of(2024, 3, 31))));

        assertThat(office.showSurveyYear.showSurveyYear(admin).year().orElseThrow().scope())
                .isEqualTo(new SurveyScope.AgedAtLeast(18, Optional.of(LocalDate.of(2024, 3, 31))));
    }

    @Test
    void openingTheNextYearRetiresLastYearsAccountsAndAnEarlierYearIsRefused() {
        open(admin, 2025, new ScopeChoice.Everyone());
        omron.system.register(omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);

        assertThat(open(admin, 2026, new ScopeChoice.Everyone())).isEqualTo(new SetUpSurveyYearResult.Opened(true, Optional.empty()));

        assertThat(omron.system.logIn.logIn(new LogInCommand(Omron.TARO_USER_ID, Omron.TARO_PASSWORD, ClientAddress.local())))
                .isInstanceOf(LogInResult.RegistrationExpired.class);
        assertThat(open(admin, 2025, new ScopeChoice.Everyone())).isEqualTo(new SetUpSurveyYearResult.NotLaterThanCurrent(2026));
        assertThat(office.showSurveyYear.showSurveyYear(admin).currentFiscalYear()).isEqualTo(2026);
    }

    @Test
    void aDeadlineBeforeTheOpeningIsRefused() {
        assertThat(office.setUpSurveyYear.setUpSurveyYear(new SetUpSurveyYearCommand(admin, 2025, "題", LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 8, 31), Optional.empty(), new ScopeChoice.Everyone(), ClientAddress.local())))
                .isEqualTo(new SetUpSurveyYearResult.Invalid("survey.deadline.beforeOpening"));
    }

    @Test
    void aHelpDeskMemberMayNotOpenASurveyYear() {
        assertThatThrownBy(() -> open(office.staff(omron.insurer, StaffRole.HELP_DESK), 2025, new ScopeChoice.Everyone()))
                .isInstanceOf(StaffMayNot.class);
    }
}
