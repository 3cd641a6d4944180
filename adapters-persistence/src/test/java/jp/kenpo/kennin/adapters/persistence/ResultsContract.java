package jp.kenpo.kennin.adapters.persistence;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.PROGRESS_COUNT;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.REVIEW_DECISION;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kenpo.kennin.application.results.ResultDecision;
import jp.kenpo.kennin.application.results.ResultRow;
import jp.kenpo.kennin.application.results.ResultScope;
import jp.kenpo.kennin.application.results.ResultSummaryPort.OfficeStatusCount;
import jp.kenpo.kennin.application.roster.DependentEntry;
import jp.kenpo.kennin.application.roster.RosterEntry;
import jp.kenpo.kennin.domain.dependent.Cohabitation;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.dependent.DependentNumber;
import jp.kenpo.kennin.domain.dependent.Sex;
import jp.kenpo.kennin.domain.dependent.StatedRelationship;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;
import jp.kenpo.kennin.domain.member.PersonName;
import jp.kenpo.kennin.domain.progress.ProgressStatus;
import jp.kenpo.kennin.domain.review.RemovalReason;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.survey.SurveyScope;
import jp.kenpo.kennin.domain.survey.SurveyYear;
import org.junit.jupiter.api.Test;

/** The result export's query and the board's counts (issue 10, results). */
interface ResultsContract extends PersistenceContract {
    LocalDate REFERENCE = LocalDate.of(2025, 4, 1);

    private MemberId member(InsurerCode insurer, String symbol, String number) {
        database().members().storeRoster(insurer, List.of(new RosterEntry(MemberSymbol.parse(symbol), MemberNumber.parse(number),
                new PersonName("山田 太郎", "ヤマダ タロウ"), LocalDate.of(1970, 1, 1),
                EmailAddress.parse("m" + symbol + number + "@example.jp"), "本社")));
        return database().members().findByCard(insurer, MemberSymbol.parse(symbol), MemberNumber.parse(number)).orElseThrow().id();
    }

    private List<Dependent> dependents(MemberId member, List<DependentEntry> entries) {
        database().dependents().storeDependents(entries);
        return database().dependents().dependentsOf(member);
    }

    private static DependentEntry person(MemberId member, String number, String name, String term, LocalDate born,
                                         Optional<LocalDate> certified) {
        return new DependentEntry(member, DependentNumber.parse(number), new PersonName(name, "ヤマダ ハナコ"), born,
                StatedRelationship.parse(term), Sex.FEMALE, Cohabitation.TOGETHER, certified);
    }

    private long staff(InsurerCode insurer, String login, String displayName) {
        return sql().insertInto(STAFF).set(STAFF.INSURER_CODE, insurer.value()).set(STAFF.LOGIN_NAME, login)
                .set(STAFF.LOGIN_KEY, insurer.value() + "-" + login).set(STAFF.DISPLAY_NAME, displayName)
                .set(STAFF.ROLE, "REVIEWER").set(STAFF.STATE, "ACTIVE").set(STAFF.CREATED_AT, Instant.parse("2025-06-01T00:00:00Z"))
                .returning(STAFF.ID).fetchOne(STAFF.ID);
    }

    private void decide(InsurerCode insurer, int year, DependentId dependent, String outcome, String state, LocalDate loss,
                        String reason, long by, Long approver) {
        sql().insertInto(REVIEW_DECISION).set(REVIEW_DECISION.INSURER_CODE, insurer.value())
                .set(REVIEW_DECISION.FISCAL_YEAR, year).set(REVIEW_DECISION.DEPENDENT_ID, dependent.value())
                .set(REVIEW_DECISION.OUTCOME, outcome).set(REVIEW_DECISION.LOSS_DATE, loss)
                .set(REVIEW_DECISION.REMOVAL_REASON, reason).set(REVIEW_DECISION.DECIDED_BY, by)
                .set(REVIEW_DECISION.DECIDED_AT, Instant.parse("2025-07-05T01:00:00Z")).set(REVIEW_DECISION.STATE, state)
                .set(REVIEW_DECISION.APPROVED_BY, approver)
                .set(REVIEW_DECISION.APPROVED_AT, approver == null ? null : Instant.parse("2025-07-06T01:00:00Z"))
                .execute();
    }

    private void openYear(InsurerCode insurer, int year, SurveyScope scope) {
        database().surveyYears().saveSurveyYear(new SurveyYear(insurer, year, "令和7年度", LocalDate.of(year, 7, 1),
                new SurveyDeadline(LocalDate.of(year, 8, 31)), REFERENCE, scope));
    }

    private List<ResultRow> export(InsurerCode insurer, int year, ResultScope scope) {
        List<ResultRow> rows = new ArrayList<>();
        long count = database().results().eachResult(insurer, year, scope, rows::add);
        assertThat(count).isEqualTo(rows.size());
        return rows;
    }

    @Test
    default void eachDependentComesWithItsDecisionAndReviewersInCardOrderAndOnlyOfItsInsurerAndYear() {
        InsurerCode insurer = newInsurer();
        InsurerCode other = newInsurer();
        openYear(insurer, 2025, SurveyScope.all());
        openYear(insurer, 2024, SurveyScope.all());
        openYear(other, 2025, SurveyScope.all());
        MemberId second = member(insurer, "02", "1");
        MemberId first = member(insurer, "01", "9");
        List<Dependent> secondsDependents = dependents(second, List.of(
                person(second, "10", "山田 十", "三男", LocalDate.of(2010, 1, 1), Optional.empty()),
                person(second, "2", "=山田 二", "長男", LocalDate.of(2005, 1, 1), Optional.empty()),
                person(second, "1", "髙橋 𠮷子", "妻", LocalDate.of(1975, 1, 1), Optional.of(LocalDate.of(2000, 1, 1)))));
        List<Dependent> firstsDependents = dependents(first, List.of(person(first, "1", "佐藤 花子", "母", LocalDate.of(1950, 2, 28),
                Optional.empty())));
        MemberId stranger = member(other, "01", "9");
        dependents(stranger, List.of(person(stranger, "1", "他 組合", "妻", LocalDate.of(1980, 1, 1), Optional.empty())));
        long ichiro = staff(insurer, "ichiro", "審査 一郎");
        long jiro = staff(insurer, "jiro", "承認 二郎");
        Dependent wife = secondsDependents.stream().filter(d -> d.number().value().equals("1")).findFirst().orElseThrow();
        Dependent eldest = secondsDependents.stream().filter(d -> d.number().value().equals("2")).findFirst().orElseThrow();
        Dependent third = secondsDependents.stream().filter(d -> d.number().value().equals("10")).findFirst().orElseThrow();
        decide(insurer, 2025, wife.id(), "REMOVE", "FINAL", LocalDate.of(2025, 7, 1), "EMPLOYED", ichiro, jiro);
        decide(insurer, 2025, eldest.id(), "REMOVE", "PENDING_APPROVAL", LocalDate.of(2025, 7, 2), "MARRIED", ichiro, null);
        decide(insurer, 2024, third.id(), "CONTINUE", "FINAL", null, null, ichiro, null);
        decide(insurer, 2025, firstsDependents.get(0).id(), "CONTINUE", "FINAL", null, null, jiro, null);

        List<ResultRow> rows = export(insurer, 2025, new ResultScope.Everyone());

        assertThat(rows).extracting(r -> r.symbol() + "-" + r.number() + "-" + r.dependentNumber())
                .containsExactly("01-9-1", "02-1-1", "02-1-2", "02-1-10");
        assertThat(rows.get(0)).isEqualTo(new ResultRow("01", "9", "1", "佐藤 花子", "ヤマダ ハナコ", LocalDate.of(1950, 2, 28), "母",
                ResultDecision.CONTINUED, Optional.empty(), Optional.empty(), Optional.of("承認 二郎"), Optional.empty(),
                Optional.of(Instant.parse("2025-07-05T01:00:00Z"))));
        assertThat(rows.get(1)).isEqualTo(new ResultRow("02", "1", "1", "髙橋 𠮷子", "ヤマダ ハナコ", LocalDate.of(1975, 1, 1), "妻",
                ResultDecision.REMOVED, Optional.of(LocalDate.of(2025, 7, 1)), Optional.of(RemovalReason.EMPLOYED),
                Optional.of("審査 一郎"), Optional.of("承認 二郎"), Optional.of(Instant.parse("2025-07-05T01:00:00Z"))));
        assertThat(rows.get(2).name()).isEqualTo("=山田 二");
        assertThat(rows.get(2).decision()).isEqualTo(ResultDecision.PENDING_APPROVAL);
        assertThat(rows.get(2).lossDate()).as("not final: no loss date for the core system").isEmpty();
        assertThat(rows.get(2).reason()).isEmpty();
        assertThat(rows.get(3).decision()).as("last year's decision is not this year's").isEqualTo(ResultDecision.UNDECIDED);
        assertThat(rows.get(3).decidedBy()).isEmpty();
    }

    @Test
    default void theSqlScopeSelectsExactlyTheDependentsSurveyScopeIncludesOnTheEdgeDates() {
        InsurerCode insurer = newInsurer();
        LocalDate cutOff = LocalDate.of(2024, 3, 31);
        SurveyScope.AgedAtLeast scope = SurveyScope.agedAtLeast(18).certifiedOnOrBefore(cutOff);
        openYear(insurer, 2025, scope);
        List<LocalDate> births = List.of(LocalDate.of(2007, 3, 31), LocalDate.of(2007, 4, 1), LocalDate.of(2007, 4, 2),
                LocalDate.of(2007, 4, 3), LocalDate.of(2008, 2, 29), LocalDate.of(1960, 1, 1), LocalDate.of(2025, 4, 1),
                LocalDate.of(2025, 4, 2));
        List<Optional<LocalDate>> certified = List.of(Optional.empty(), Optional.of(cutOff.minusDays(1)), Optional.of(cutOff),
                Optional.of(cutOff.plusDays(1)));
        List<Dependent> everyone = new ArrayList<>();
        Map<MemberId, String> numbers = new java.util.HashMap<>();
        int member = 0;
        for (LocalDate born : births) {
            MemberId id = member(insurer, "01", String.valueOf(++member));
            numbers.put(id, String.valueOf(member));
            List<DependentEntry> entries = new ArrayList<>();
            int number = 0;
            for (Optional<LocalDate> on : certified) {
                Optional<LocalDate> valid = on.filter(c -> !c.isBefore(born));
                entries.add(person(id, String.valueOf(++number), "被扶養者", "子", born, valid));
            }
            everyone.addAll(dependents(id, entries));
        }

        Set<String> exported = new HashSet<>();
        export(insurer, 2025, ResultScope.of(scope, REFERENCE)).forEach(r -> exported.add(r.number() + "-" + r.dependentNumber()));

        Set<String> included = new HashSet<>();
        for (Dependent d : everyone) {
            if (scope.includes(d, REFERENCE)) {
                included.add(numbers.get(d.member()) + "-" + d.number().value());
            }
        }
        assertThat(included).isNotEmpty().hasSizeLessThan(everyone.size());
        assertThat(exported).isEqualTo(included);
    }

    @Test
    default void aListedScopeExportsTheStoredListOnly() {
        InsurerCode insurer = newInsurer();
        MemberId id = member(insurer, "01", "1");
        List<Dependent> three = dependents(id, List.of(person(id, "1", "一", "妻", LocalDate.of(1980, 1, 1), Optional.empty()),
                person(id, "2", "二", "子", LocalDate.of(2010, 1, 1), Optional.empty()),
                person(id, "3", "三", "子", LocalDate.of(2012, 1, 1), Optional.empty())));
        openYear(insurer, 2025, SurveyScope.listed(Set.of(three.get(0).id(), three.get(2).id())));
        openYear(insurer, 2026, SurveyScope.listed(Set.of(three.get(1).id())));

        assertThat(export(insurer, 2025, new ResultScope.Listed())).extracting(ResultRow::dependentNumber).containsExactly("1", "3");
    }

    @Test
    default void theSummaryReadsTheKeptCountsAndCountsOnlyFinalRemovalsByReason() {
        InsurerCode insurer = newInsurer();
        openYear(insurer, 2025, SurveyScope.all());
        openYear(insurer, 2024, SurveyScope.all());
        for (Object[] row : new Object[][] {{"本社", "SUBMITTED", 3L}, {"本社", "CONFIRMED", 0L}, {"大阪支店", "RETURNED", 2L}}) {
            sql().insertInto(PROGRESS_COUNT).set(PROGRESS_COUNT.INSURER_CODE, insurer.value()).set(PROGRESS_COUNT.FISCAL_YEAR, 2025)
                    .set(PROGRESS_COUNT.OFFICE, (String) row[0]).set(PROGRESS_COUNT.STATUS, (String) row[1])
                    .set(PROGRESS_COUNT.MEMBERS, (Long) row[2]).execute();
        }
        sql().insertInto(PROGRESS_COUNT).set(PROGRESS_COUNT.INSURER_CODE, insurer.value()).set(PROGRESS_COUNT.FISCAL_YEAR, 2024)
                .set(PROGRESS_COUNT.OFFICE, "本社").set(PROGRESS_COUNT.STATUS, "CONFIRMED").set(PROGRESS_COUNT.MEMBERS, 9L).execute();
        MemberId id = member(insurer, "01", "1");
        List<Dependent> four = dependents(id, List.of(person(id, "1", "一", "妻", LocalDate.of(1980, 1, 1), Optional.empty()),
                person(id, "2", "二", "子", LocalDate.of(2000, 1, 1), Optional.empty()),
                person(id, "3", "三", "子", LocalDate.of(2001, 1, 1), Optional.empty()),
                person(id, "4", "四", "子", LocalDate.of(2002, 1, 1), Optional.empty())));
        long by = staff(insurer, "ichiro", "審査 一郎");
        decide(insurer, 2025, four.get(0).id(), "REMOVE", "FINAL", LocalDate.of(2025, 7, 1), "MARRIED", by, null);
        decide(insurer, 2025, four.get(1).id(), "REMOVE", "FINAL", LocalDate.of(2025, 7, 1), "MARRIED", by, null);
        decide(insurer, 2025, four.get(2).id(), "REMOVE", "PENDING_APPROVAL", LocalDate.of(2025, 7, 1), "EMPLOYED", by, null);
        decide(insurer, 2025, four.get(3).id(), "CONTINUE", "FINAL", null, null, by, null);
        decide(insurer, 2024, four.get(3).id(), "REMOVE", "FINAL", LocalDate.of(2024, 7, 1), "DIED", by, null);

        InsurerCode other = newInsurer();
        openYear(other, 2025, SurveyScope.all());
        sql().insertInto(PROGRESS_COUNT).set(PROGRESS_COUNT.INSURER_CODE, other.value()).set(PROGRESS_COUNT.FISCAL_YEAR, 2025)
                .set(PROGRESS_COUNT.OFFICE, "本社").set(PROGRESS_COUNT.STATUS, "SUBMITTED").set(PROGRESS_COUNT.MEMBERS, 50L).execute();
        MemberId stranger = member(other, "01", "1");
        Dependent strangersWife = dependents(stranger, List.of(person(stranger, "1", "他", "妻", LocalDate.of(1980, 1, 1),
                Optional.empty()))).get(0);
        decide(other, 2025, strangersWife.id(), "REMOVE", "FINAL", LocalDate.of(2025, 7, 1), "MARRIED",
                staff(other, "other", "他組合 審査"), null);

        assertThat(database().results().progressCounts(insurer, 2025)).containsExactlyInAnyOrder(
                new OfficeStatusCount("本社", ProgressStatus.SUBMITTED, 3), new OfficeStatusCount("大阪支店", ProgressStatus.RETURNED, 2));
        assertThat(database().results().finalRemovals(insurer, 2025)).isEqualTo(Map.of(RemovalReason.MARRIED, 2L));
    }

    @Test
    default void thousandsOfRowsComeThroughTheCursorInOrder() {
        InsurerCode insurer = newInsurer();
        openYear(insurer, 2025, SurveyScope.all());
        List<RosterEntry> roster = new ArrayList<>();
        for (int i = 1; i <= 1_200; i++) {
            roster.add(new RosterEntry(MemberSymbol.parse("01"), MemberNumber.parse(String.valueOf(i)),
                    new PersonName("山田 太郎", "ヤマダ タロウ"), LocalDate.of(1970, 1, 1), EmailAddress.parse("b" + i + "@example.jp"),
                    "本社"));
        }
        database().members().storeRoster(insurer, roster);
        List<DependentEntry> entries = new ArrayList<>();
        for (int i = 1; i <= 1_200; i++) {
            MemberId id = database().members().findByCard(insurer, MemberSymbol.parse("01"), MemberNumber.parse(String.valueOf(i)))
                    .orElseThrow().id();
            entries.add(person(id, "1", "子 " + i, "子", LocalDate.of(2010, 1, 1), Optional.empty()));
            entries.add(person(id, "2", "子 " + i, "子", LocalDate.of(2011, 1, 1), Optional.empty()));
        }
        database().dependents().storeDependents(entries);

        List<ResultRow> rows = export(insurer, 2025, new ResultScope.Everyone());

        assertThat(rows).hasSize(2_400);
        assertThat(rows.get(0).number() + "-" + rows.get(0).dependentNumber()).isEqualTo("1-1");
        assertThat(rows.get(2_399).number() + "-" + rows.get(2_399).dependentNumber()).isEqualTo("999-2");
    }
}
