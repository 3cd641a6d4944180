package jp.kenpo.kennin.adapters.persistence;

import static jp.kenpo.kennin.adapters.persistence.Fixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import jp.kenpo.kennin.adapters.persistence.dependent.DependentRepository;
import jp.kenpo.kennin.application.roster.DependentEntry;
import jp.kenpo.kennin.application.roster.StoreRosterPort.RosterCounts;
import jp.kenpo.kennin.domain.dependent.Cohabitation;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.DependentNumber;
import jp.kenpo.kennin.domain.dependent.Sex;
import jp.kenpo.kennin.domain.dependent.StatedRelationship;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.member.PersonName;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.survey.SurveyScope;
import jp.kenpo.kennin.domain.survey.SurveyYear;
import org.junit.jupiter.api.Test;

/** Dependents rosters and the survey scopes that name dependents. */
interface DependentContract extends PersistenceContract {
    private MemberId newMember(InsurerCode insurer, String number) {
        database().members().storeRoster(insurer, List.of(entry("01", number, "m" + number + "@example.jp")));
        return database().members().findByCard(insurer, entry("01", number, "x@example.jp").symbol(),
                entry("01", number, "x@example.jp").number()).orElseThrow().id();
    }

    private static DependentEntry child(MemberId member, String number, String term, Cohabitation cohabitation,
                                        LocalDate certifiedOn) {
        return new DependentEntry(member, DependentNumber.parse(number), new PersonName("髙橋 𠮷子", "ﾀｶﾊｼ ﾖｼｺ"),
                LocalDate.of(2005, 4, 2), StatedRelationship.parse(term), Sex.FEMALE, cohabitation, Optional.ofNullable(certifiedOn));
    }

    @Test
    default void dependentsAreStoredAsTheRosterGivesThemAndListedInNumberOrder() {
        MemberId member = newMember(newInsurer(), "1");
        DependentEntry tenth = child(member, "10", "義母", Cohabitation.APART, LocalDate.of(2020, 10, 1));
        DependentEntry second = child(member, "02", "次女", Cohabitation.UNKNOWN, null);

        assertThat(dependents().storeDependents(List.of(tenth, second))).isEqualTo(new RosterCounts(2, 0, 0));

        List<Dependent> family = dependents().dependentsOf(member);
        assertThat(family).extracting(d -> d.number().value()).containsExactly("2", "10");
        assertThat(family.get(0)).isEqualTo(second.withId(family.get(0).id()));
        assertThat(family.get(1)).isEqualTo(tenth.withId(family.get(1).id()));
        assertThat(dependents().dependentsOf(newMember(newInsurer(), "2"))).isEmpty();
    }

    @Test
    default void reimportCountsCreatedUpdatedAndUnchangedDependents() {
        MemberId member = newMember(newInsurer(), "1");
        DependentEntry wife = child(member, "1", "妻", Cohabitation.UNKNOWN, null);
        DependentEntry son = child(member, "2", "長男", Cohabitation.TOGETHER, LocalDate.of(2005, 4, 2));
        dependents().storeDependents(List.of(wife, son));

        RosterCounts counts = dependents().storeDependents(List.of(wife,
                child(member, "2", "長男", Cohabitation.APART, LocalDate.of(2005, 4, 2)),
                child(member, "3", "孫", Cohabitation.TOGETHER, null)));

        assertThat(counts).isEqualTo(new RosterCounts(1, 1, 1));
        assertThat(dependents().dependentsOf(member).get(1).cohabitation()).isEqualTo(Cohabitation.APART);
        assertThat(dependents().storeDependents(List.of(wife))).isEqualTo(new RosterCounts(0, 0, 1));
    }

    @Test
    default void aRosterLargerThanOneRoundTripIsStoredWhole() {
        InsurerCode insurer = newInsurer();
        List<MemberId> members = IntStream.rangeClosed(1, 1_100).mapToObj(n -> newMemberFast(insurer, n)).toList();
        List<DependentEntry> roster = members.stream().map(m -> child(m, "1", "妻", Cohabitation.UNKNOWN, null)).toList();

        assertThat(dependents().storeDependents(roster)).isEqualTo(new RosterCounts(1_100, 0, 0));
        assertThat(dependents().storeDependents(roster)).isEqualTo(new RosterCounts(0, 0, 1_100));
    }

    private MemberId newMemberFast(InsurerCode insurer, int n) {
        return new MemberId(sql().insertInto(jp.kenpo.kennin.adapters.persistence.jooq.Tables.MEMBER)
                .set(jp.kenpo.kennin.adapters.persistence.jooq.Tables.MEMBER.INSURER_CODE, insurer.value())
                .set(jp.kenpo.kennin.adapters.persistence.jooq.Tables.MEMBER.SYMBOL, "09")
                .set(jp.kenpo.kennin.adapters.persistence.jooq.Tables.MEMBER.NUMBER, String.valueOf(n))
                .set(jp.kenpo.kennin.adapters.persistence.jooq.Tables.MEMBER.NAME_WRITTEN, "山田 太郎")
                .set(jp.kenpo.kennin.adapters.persistence.jooq.Tables.MEMBER.NAME_KANA, "ヤマダ タロウ")
                .set(jp.kenpo.kennin.adapters.persistence.jooq.Tables.MEMBER.BIRTH_DATE, LocalDate.of(1980, 1, 1))
                .set(jp.kenpo.kennin.adapters.persistence.jooq.Tables.MEMBER.EMAIL, "x@example.jp")
                .set(jp.kenpo.kennin.adapters.persistence.jooq.Tables.MEMBER.EMAIL_KEY, "x@example.jp")
                .set(jp.kenpo.kennin.adapters.persistence.jooq.Tables.MEMBER.OFFICE, "")
                .set(jp.kenpo.kennin.adapters.persistence.jooq.Tables.MEMBER.EMAIL_SET_BY_MEMBER, false)
                .returning(jp.kenpo.kennin.adapters.persistence.jooq.Tables.MEMBER.ID)
                .fetchOne()
                .getId());
    }

    @Test
    default void aSurveyYearKeepsItsReferenceDateAndAgeScopeWithCutOff() {
        InsurerCode insurer = newInsurer();
        SurveyYear year = new SurveyYear(insurer, 2025, "令和7年度 被扶養者資格確認調査", LocalDate.of(2025, 7, 1),
                new SurveyDeadline(LocalDate.of(2025, 8, 31)), LocalDate.of(2025, 4, 1),
                SurveyScope.agedAtLeast(18).certifiedOnOrBefore(LocalDate.of(2024, 9, 30)));

        database().surveyYears().saveSurveyYear(year);

        assertThat(database().surveyYears().loadSurveyYear(insurer, 2025)).contains(year);
    }

    @Test
    default void aListedScopeIsReplacedWholeWhenTheYearIsSavedAgain() {
        InsurerCode insurer = newInsurer();
        MemberId member = newMember(insurer, "1");
        dependents().storeDependents(List.of(child(member, "1", "妻", Cohabitation.UNKNOWN, null),
                child(member, "2", "長女", Cohabitation.UNKNOWN, null), child(member, "3", "父", Cohabitation.APART, null)));
        List<Dependent> family = dependents().dependentsOf(member);
        SurveyYear listed = new SurveyYear(insurer, 2025, "令和7年度", LocalDate.of(2025, 7, 1),
                new SurveyDeadline(LocalDate.of(2025, 8, 31)), LocalDate.of(2025, 7, 1),
                SurveyScope.listed(Set.of(family.get(0).id(), family.get(2).id())));
        SurveyYear relisted = new SurveyYear(insurer, 2025, "令和7年度", LocalDate.of(2025, 7, 1),
                new SurveyDeadline(LocalDate.of(2025, 8, 31)), LocalDate.of(2025, 7, 1), SurveyScope.listed(Set.of(family.get(1).id())));
        SurveyYear everyone = new SurveyYear(insurer, 2025, "令和7年度", LocalDate.of(2025, 7, 1),
                new SurveyDeadline(LocalDate.of(2025, 8, 31)));

        database().transactions().inTransaction(() -> database().surveyYears().saveSurveyYear(listed));
        assertThat(database().surveyYears().loadSurveyYear(insurer, 2025)).contains(listed);
        database().transactions().inTransaction(() -> database().surveyYears().saveSurveyYear(relisted));
        assertThat(database().surveyYears().loadSurveyYear(insurer, 2025)).contains(relisted);
        database().transactions().inTransaction(() -> database().surveyYears().saveSurveyYear(everyone));
        assertThat(database().surveyYears().loadSurveyYear(insurer, 2025)).contains(everyone);
    }

    @Test
    default void aDependentMustBelongToAStoredMember() {
        assertThatThrownBy(() -> dependents().storeDependents(List.of(child(new MemberId(-1), "1", "妻", Cohabitation.UNKNOWN, null))))
                .isInstanceOf(org.jooq.exception.DataAccessException.class);
    }

    private DependentRepository dependents() {
        return database().dependents();
    }
}
