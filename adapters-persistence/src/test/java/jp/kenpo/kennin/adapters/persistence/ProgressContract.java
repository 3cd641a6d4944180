package jp.kenpo.kennin.adapters.persistence;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.DEADLINE_EXTENSION;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.MEMBER_PROGRESS;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.MEMBER_PROGRESS_RELATIONSHIP;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.PROGRESS_COUNT;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.SURVEY_RESPONSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.count;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import jp.kenpo.kennin.adapters.persistence.Fixtures.Family;
import jp.kenpo.kennin.adapters.persistence.progress.ProgressRepository;
import jp.kenpo.kennin.application.progress.MemberProgress;
import jp.kenpo.kennin.application.progress.ProgressFacts;
import jp.kenpo.kennin.application.progress.ProgressQueryPort.OfficeMember;
import jp.kenpo.kennin.application.progress.ProgressQueryPort.QueueCursor;
import jp.kenpo.kennin.application.progress.ProgressQueryPort.QueueItem;
import jp.kenpo.kennin.application.progress.MemberProgressTracker;
import jp.kenpo.kennin.application.progress.QueueFilter;
import jp.kenpo.kennin.application.progress.RebuildProgressService;
import jp.kenpo.kennin.application.progress.RebuildProgressUseCase.RebuildProgressCommand;
import jp.kenpo.kennin.application.progress.RebuildProgressUseCase.RebuildProgressResult;
import jp.kenpo.kennin.domain.credential.UserId;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.eligibility.Relationship;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.progress.ProgressStatus;
import jp.kenpo.kennin.domain.review.Prospect;
import jp.kenpo.kennin.domain.survey.SurveyAnswers;
import jp.kenpo.kennin.domain.survey.SurveyResponse;
import jp.kenpo.kennin.domain.survey.SurveyStatus;
import org.jooq.Record3;
import org.junit.jupiter.api.Test;

/**
 * member_progress and progress_count: the facts a member's progress is read from, counts that
 * stay exact when one member changes in two transactions at once or while the year is rebuilt,
 * and the dashboard's and the queue's reads.
 */
interface ProgressContract extends PersistenceContract {
    int YEAR = 2025;
    Instant SUBMITTED = Instant.parse("2025-08-01T01:00:00Z");

    private ProgressRepository progress() {
        return database().progress();
    }

    private InsurerCode insurerWithYear() {
        InsurerCode insurer = newInsurer();
        Fixtures.openSurveyYears(database(), insurer, YEAR);
        return insurer;
    }

    private MemberProgressTracker tracker() {
        return new MemberProgressTracker(database().surveyYears(), progress(), progress());
    }

    private void respond(Family family, int dependent, SurveyStatus status) {
        DependentId id = family.dependents().get(dependent);
        database().surveyResponses().saveDraft(SurveyResponse.notStarted(family.insurer(), YEAR, id).withAnswers(SurveyAnswers.none()));
        sql().update(SURVEY_RESPONSE).set(SURVEY_RESPONSE.STATUS, status.name())
                .where(SURVEY_RESPONSE.INSURER_CODE.eq(family.insurer().value())).and(SURVEY_RESPONSE.FISCAL_YEAR.eq(YEAR))
                .and(SURVEY_RESPONSE.DEPENDENT_ID.eq(id.value())).execute();
    }

    private void register(Family family) {
        database().accounts().createAccount(family.member(), family.insurer(), UserId.of("user" + family.member().value()), "h",
                YEAR, SUBMITTED);
    }

    private static MemberProgress at(MemberId member, String office, ProgressStatus status) {
        return new MemberProgress(member, office, status, Optional.empty(), Optional.empty(), false, false);
    }

    /** The kept counts, compared with counting member_progress itself. */
    private void assertCountsExact(InsurerCode insurer) {
        Map<String, Long> kept = new HashMap<>();
        sql().select(PROGRESS_COUNT.OFFICE, PROGRESS_COUNT.STATUS, PROGRESS_COUNT.MEMBERS).from(PROGRESS_COUNT)
                .where(PROGRESS_COUNT.INSURER_CODE.eq(insurer.value())).and(PROGRESS_COUNT.MEMBERS.gt(0L))
                .forEach(r -> kept.put(r.value1() + "/" + r.value2(), r.value3()));
        Map<String, Long> counted = new HashMap<>();
        for (Record3<String, String, Integer> r : sql().select(MEMBER_PROGRESS.OFFICE, MEMBER_PROGRESS.STATUS, count())
                .from(MEMBER_PROGRESS).where(MEMBER_PROGRESS.INSURER_CODE.eq(insurer.value()))
                .groupBy(MEMBER_PROGRESS.OFFICE, MEMBER_PROGRESS.STATUS).fetch()) {
            counted.put(r.value1() + "/" + r.value2(), (long) r.value3());
        }
        assertThat(kept).isEqualTo(counted);
    }

    @Test
    default void theFactsNameTheAccountOfTheYearTheResponsesTheLatestSubmissionAndNothingOfOtherMembers() {
        InsurerCode insurer = insurerWithYear();
        Family family = Fixtures.family(database(), insurer, "1", "妻", "長男");
        Family other = Fixtures.family(database(), insurer, "2", "妻");
        register(family);
        respond(family, 0, SurveyStatus.SUBMITTED);
        sql().update(SURVEY_RESPONSE).set(SURVEY_RESPONSE.PROSPECT, Prospect.NEEDS_REVIEW.name())
                .set(SURVEY_RESPONSE.RETURNED_COUNT, 1)
                .where(SURVEY_RESPONSE.DEPENDENT_ID.eq(family.dependents().get(0).value())).execute();
        respond(other, 0, SurveyStatus.IN_PROGRESS);

        ProgressFacts facts = progress().factsOf(insurer, YEAR, family.member()).orElseThrow();

        assertThat(facts.registered()).isTrue();
        assertThat(facts.office()).isEqualTo("本社");
        assertThat(facts.dependents()).hasSize(2);
        assertThat(facts.responses()).containsOnlyKeys(family.dependents().get(0));
        assertThat(facts.responses().get(family.dependents().get(0)))
                .isEqualTo(new ProgressFacts.ResponseFacts(SurveyStatus.SUBMITTED, Optional.of(Prospect.NEEDS_REVIEW), 1));
        assertThat(progress().factsOf(insurer, YEAR + 1, family.member()).orElseThrow().registered()).isFalse();
        assertThat(progress().factsOf(newInsurer(), YEAR, family.member())).isEmpty();
        assertThat(progress().factsOf(insurer, YEAR, other.member()).orElseThrow().registered()).isFalse();
    }

    @Test
    default void aChangeMovesTheMemberFromTheOldCountToTheNewOneIncludingAChangeOfOffice() {
        InsurerCode insurer = insurerWithYear();
        MemberId member = Fixtures.family(database(), insurer, "1", "妻").member();

        progress().store(insurer, YEAR, at(member, "本社", ProgressStatus.UNREGISTERED));
        progress().store(insurer, YEAR, at(member, "本社", ProgressStatus.ANSWERING));
        progress().store(insurer, YEAR, at(member, "大阪支店", ProgressStatus.ANSWERING));

        assertThat(progress().counts(insurer, YEAR, Optional.empty())).extracting(c -> c.office() + "/" + c.status() + "=" + c.members())
                .containsExactly("大阪支店/ANSWERING=1");
        assertCountsExact(insurer);
    }

    @Test
    default void twoTransactionsChangingOneMemberAtOnceLeaveOneRowAndExactCounts() throws Exception {
        InsurerCode insurer = insurerWithYear();
        MemberId member = Fixtures.family(database(), insurer, "1", "妻").member();
        ProgressStatus[] statuses = {ProgressStatus.REGISTERED, ProgressStatus.ANSWERING, ProgressStatus.SUBMITTED};
        AtomicInteger turn = new AtomicInteger();

        for (int round = 0; round < 3; round++) {
            int stored = Race.inParallel(6, () -> database().transactions().inTransaction(() -> {
                int i = turn.incrementAndGet();
                progress().store(insurer, YEAR, at(member, i % 2 == 0 ? "本社" : "支店", statuses[i % statuses.length]));
                return true;
            }));
            assertThat(stored).isEqualTo(6);
        }

        assertThat(sql().fetchCount(MEMBER_PROGRESS, MEMBER_PROGRESS.INSURER_CODE.eq(insurer.value()))).isEqualTo(1);
        assertThat(progress().counts(insurer, YEAR, Optional.empty()).stream().mapToLong(c -> c.members()).sum()).isEqualTo(1);
        assertCountsExact(insurer);
    }

    @Test
    default void manyMembersOfOneOfficeMovingAtOnceIntoACountWithNoRowYetNeitherDeadlockNorMiscount() throws Exception {
        // Every member's first answer moves them from one count to another that may not exist yet; counts
        // must be locked in one order, or two such transactions wait for each other (PostgreSQL: deadlock).
        InsurerCode insurer = insurerWithYear();
        List<MemberId> members = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            MemberId member = Fixtures.family(database(), insurer, String.valueOf(100 + i), "妻").member();
            progress().store(insurer, YEAR, at(member, "本社", ProgressStatus.UNREGISTERED));
            members.add(member);
        }
        for (ProgressStatus next : List.of(ProgressStatus.ANSWERING, ProgressStatus.SUBMITTED, ProgressStatus.RETURNED)) {
            AtomicInteger turn = new AtomicInteger();
            int stored = Race.inParallel(members.size(), () -> database().transactions().inTransaction(() -> {
                MemberId member = members.get(turn.getAndIncrement());
                progress().store(insurer, YEAR, at(member, "本社", next));
                return true;
            }));
            assertThat(stored).as("members moved to %s", next).isEqualTo(members.size());
            assertThat(progress().counts(insurer, YEAR, Optional.empty())).extracting(c -> c.status() + "=" + c.members())
                    .containsExactly(next + "=" + members.size());
        }
        assertCountsExact(insurer);
    }

    @Test
    default void theTrackerReadsTheMemberAgainAndStoresWhereTheyStand() {
        InsurerCode insurer = insurerWithYear();
        Family family = Fixtures.family(database(), insurer, "1", "妻", "長男");
        tracker().memberChanged(insurer, YEAR, family.member());
        register(family);
        tracker().memberChanged(insurer, YEAR, family.member());
        respond(family, 0, SurveyStatus.SUBMITTED);
        respond(family, 1, SurveyStatus.SUBMITTED);
        database().surveySubmissions().saveSubmission(new jp.kenpo.kennin.domain.survey.SurveySubmission(
                jp.kenpo.kennin.domain.survey.ReceiptNumber.of(YEAR, "ABCD2345"), insurer, YEAR, family.member(), SUBMITTED,
                family.dependents()));

        tracker().memberChanged(insurer, YEAR, family.member());

        var row = sql().selectFrom(MEMBER_PROGRESS).where(MEMBER_PROGRESS.MEMBER_ID.eq(family.member().value())).fetchOne();
        assertThat(row.getStatus()).isEqualTo("SUBMITTED");
        assertThat(row.getSubmittedAt()).isEqualTo(SUBMITTED);
        assertThat(row.getOffice()).isEqualTo("本社");
        assertCountsExact(insurer);
    }

    @Test
    default void aRebuildInBatchesGivesEveryMemberARowAndKeepsCountsExactWhileMembersChange() throws Exception {
        InsurerCode insurer = insurerWithYear();
        List<Family> families = new ArrayList<>();
        for (int i = 1; i <= 23; i++) {
            families.add(Fixtures.family(database(), insurer, String.valueOf(i), "妻"));
        }
        families.subList(0, 10).forEach(this::register);
        respond(families.get(0), 0, SurveyStatus.IN_PROGRESS);
        var rebuild = new RebuildProgressService(database().insurers(), database().surveyYears(), progress(), progress(),
                database().transactions(), 5);

        assertThat(rebuild.rebuildProgress(RebuildProgressCommand.currentYear(insurer)))
                .isEqualTo(new RebuildProgressResult.Rebuilt(YEAR, 23));
        assertThat(progress().counts(insurer, YEAR, Optional.empty())).extracting(c -> c.status() + "=" + c.members())
                .containsExactlyInAnyOrder("UNREGISTERED=13", "REGISTERED=9", "ANSWERING=1");

        families.subList(10, 23).forEach(this::register);
        int done = Race.inParallel(4, () -> {
            for (Family f : families) {
                database().transactions().inTransaction(() -> tracker().memberChanged(insurer, YEAR, f.member()));
            }
            rebuild.rebuildProgress(RebuildProgressCommand.currentYear(insurer));
            return true;
        });

        assertThat(done).isEqualTo(4);
        assertThat(sql().fetchCount(MEMBER_PROGRESS, MEMBER_PROGRESS.INSURER_CODE.eq(insurer.value()))).isEqualTo(23);
        assertThat(progress().counts(insurer, YEAR, Optional.empty())).extracting(c -> c.status() + "=" + c.members())
                .containsExactlyInAnyOrder("REGISTERED=22", "ANSWERING=1");
        assertCountsExact(insurer);
    }

    @Test
    default void onlyMembersNotYetSubmittedWithAnExtensionThatHasNotPassedAreStillExtended() {
        InsurerCode insurer = insurerWithYear();
        MemberId extended = Fixtures.family(database(), insurer, "1", "妻").member();
        MemberId passed = Fixtures.family(database(), insurer, "2", "妻").member();
        MemberId submitted = Fixtures.family(database(), insurer, "3", "妻").member();
        extend(insurer, extended, LocalDate.of(YEAR, 9, 30));
        extend(insurer, passed, LocalDate.of(YEAR, 9, 10));
        extend(insurer, submitted, LocalDate.of(YEAR, 9, 30));
        // The extension is kept in member_progress when the member's progress is stored (the extension's use case
        // tracks the member in its transaction).
        progress().store(insurer, YEAR, at(extended, "本社", ProgressStatus.ANSWERING));
        progress().store(insurer, YEAR, at(passed, "本社", ProgressStatus.REGISTERED));
        progress().store(insurer, YEAR, at(submitted, "本社", ProgressStatus.SUBMITTED));

        assertThat(progress().stillExtended(insurer, YEAR, Optional.empty(), LocalDate.of(YEAR, 8, 31), LocalDate.of(YEAR, 9, 15)))
                .extracting(c -> c.office() + "/" + c.status() + "=" + c.members())
                .containsExactly("本社/ANSWERING=1");
        assertThat(progress().stillExtended(insurer, YEAR, Optional.of("支店"), LocalDate.of(YEAR, 8, 31),
                LocalDate.of(YEAR, 9, 15))).isEmpty();
    }

    private void extend(InsurerCode insurer, MemberId member, LocalDate day) {
        sql().insertInto(DEADLINE_EXTENSION).set(DEADLINE_EXTENSION.INSURER_CODE, insurer.value())
                .set(DEADLINE_EXTENSION.FISCAL_YEAR, YEAR).set(DEADLINE_EXTENSION.MEMBER_ID, member.value())
                .set(DEADLINE_EXTENSION.DEADLINE, day).execute();
    }

    @Test
    default void theMembersOfOneOfficeComeByCardWithTheirExtension() {
        InsurerCode insurer = insurerWithYear();
        MemberId second = Fixtures.family(database(), insurer, "2", "妻").member();
        MemberId first = Fixtures.family(database(), insurer, "1", "妻").member();
        MemberId elsewhere = Fixtures.family(database(), insurer, "3", "妻").member();
        MemberId done = Fixtures.family(database(), insurer, "4", "妻").member();
        extend(insurer, first, LocalDate.of(YEAR, 9, 30));
        progress().store(insurer, YEAR, at(second, "本社", ProgressStatus.RETURNED));
        progress().store(insurer, YEAR, at(first, "本社", ProgressStatus.UNREGISTERED));
        progress().store(insurer, YEAR, at(elsewhere, "支店", ProgressStatus.UNREGISTERED));
        progress().store(insurer, YEAR, at(done, "本社", ProgressStatus.SUBMITTED));

        List<OfficeMember> found = new ArrayList<>();
        progress().membersOf(insurer, YEAR, "本社", List.of(ProgressStatus.UNREGISTERED, ProgressStatus.RETURNED), found::add);

        assertThat(found).extracting(OfficeMember::member).containsExactly(first, second);
        assertThat(found.get(0).extendedUntil()).contains(LocalDate.of(YEAR, 9, 30));
        assertThat(found.get(0).nameKana()).isEqualTo("ヤマダ タロウ");
    }

    @Test
    default void theQueueIsOldestFirstFilteredAndPagedAfterTheLastItemShown() {
        InsurerCode insurer = insurerWithYear();
        List<MemberId> members = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            Family family = Fixtures.family(database(), insurer, String.valueOf(i), i == 3 ? "父" : "妻");
            members.add(family.member());
            // Submitted in reverse order, the last two at the same instant.
            Instant at = SUBMITTED.minusSeconds(i >= 4 ? 0 : 100L * i);
            progress().store(insurer, YEAR, new MemberProgress(family.member(), i == 2 ? "支店" : "本社", ProgressStatus.SUBMITTED,
                    Optional.of(at), Optional.of(i == 1 ? Prospect.DISCONTINUE : Prospect.CONTINUE), i == 5, false));
        }
        QueueFilter all = QueueFilter.submitted();

        List<QueueItem> firstPage = progress().queue(insurer, YEAR, all, Optional.empty(), 3);
        QueueItem last = firstPage.get(2);
        List<QueueItem> secondPage = progress().queue(insurer, YEAR, all,
                Optional.of(new QueueCursor(last.submittedAt(), last.member().value())), 3);

        assertThat(firstPage).extracting(QueueItem::member).containsExactly(members.get(2), members.get(1), members.get(0));
        assertThat(secondPage).extracting(QueueItem::member).containsExactly(members.get(3), members.get(4));
        assertThat(firstPage.get(0).symbol()).isEqualTo("01");
        assertThat(firstPage.get(0).claimedBy()).isEmpty();
        assertThat(progress().queue(insurer, YEAR, new QueueFilter(ProgressStatus.SUBMITTED, Optional.of(Prospect.DISCONTINUE),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), new QueueFilter.Assignee.Anyone()),
                Optional.empty(), 10)).extracting(QueueItem::member).containsExactly(members.get(0));
        assertThat(progress().queue(insurer, YEAR, new QueueFilter(ProgressStatus.SUBMITTED, Optional.empty(), Optional.of("支店"),
                Optional.empty(), Optional.empty(), Optional.empty(), new QueueFilter.Assignee.Unassigned()),
                Optional.empty(), 10)).extracting(QueueItem::member).containsExactly(members.get(1));
        assertThat(progress().queue(insurer, YEAR, new QueueFilter(ProgressStatus.SUBMITTED, Optional.empty(), Optional.empty(),
                Optional.of(Relationship.PARENT), Optional.empty(), Optional.empty(), new QueueFilter.Assignee.Anyone()),
                Optional.empty(), 10)).extracting(QueueItem::member).containsExactly(members.get(2));
        assertThat(progress().queue(insurer, YEAR, new QueueFilter(ProgressStatus.SUBMITTED, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(true), Optional.empty(), new QueueFilter.Assignee.Anyone()),
                Optional.empty(), 10)).extracting(QueueItem::member).containsExactly(members.get(4));
        assertThat(progress().queue(newInsurer(), YEAR, all, Optional.empty(), 10)).isEmpty();
    }

    private List<MemberId> queued(InsurerCode insurer, ProgressStatus status, Optional<Prospect> prospect,
                                  Optional<Relationship> relationship, Optional<QueueCursor> after, int limit) {
        return progress().queue(insurer, YEAR, new QueueFilter(status, prospect, Optional.empty(), relationship, Optional.empty(),
                Optional.empty(), new QueueFilter.Assignee.Anyone()), after, limit).stream().map(QueueItem::member).toList();
    }

    private int relationshipRows(InsurerCode insurer) {
        return sql().fetchCount(MEMBER_PROGRESS_RELATIONSHIP, MEMBER_PROGRESS_RELATIONSHIP.INSURER_CODE.eq(insurer.value()));
    }

    @Test
    default void theQueueFilteredBy続柄IsTheSameAsTheWholeQueueFilteredFollowsEachChangeAndPagesAfterTheLastItem() {
        InsurerCode insurer = insurerWithYear();
        List<MemberId> members = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            // 1, 3 and 5 have a 父 besides their 妻; 3 to 6 submitted at one instant (the member id breaks the tie).
            Family family = i % 2 == 1 ? Fixtures.family(database(), insurer, String.valueOf(i), "妻", "父")
                    : Fixtures.family(database(), insurer, String.valueOf(i), "妻");
            members.add(family.member());
            progress().store(insurer, YEAR, new MemberProgress(family.member(), "本社", ProgressStatus.SUBMITTED,
                    Optional.of(i <= 2 ? SUBMITTED.minusSeconds(100L * i) : SUBMITTED),
                    Optional.of(i == 5 ? Prospect.NEEDS_REVIEW : Prospect.CONTINUE), false, false));
        }
        MemberId m1 = members.get(0);
        MemberId m3 = members.get(2);
        MemberId m5 = members.get(4);
        Optional<Relationship> parent = Optional.of(Relationship.PARENT);

        // The whole queue, then the same with 父母 only: the filter keeps the queue's order.
        assertThat(queued(insurer, ProgressStatus.SUBMITTED, Optional.empty(), Optional.empty(), Optional.empty(), 10))
                .containsExactly(members.get(1), m1, m3, members.get(3), m5, members.get(5));
        List<MemberId> firstPage = queued(insurer, ProgressStatus.SUBMITTED, Optional.empty(), parent, Optional.empty(), 2);
        assertThat(firstPage).containsExactly(m1, m3);
        assertThat(queued(insurer, ProgressStatus.SUBMITTED, Optional.empty(), parent,
                Optional.of(new QueueCursor(SUBMITTED, m3.value())), 2)).containsExactly(m5);
        assertThat(queued(insurer, ProgressStatus.SUBMITTED, Optional.empty(), Optional.of(Relationship.SPOUSE), Optional.empty(),
                10)).containsExactly(members.get(1), m1, m3, members.get(3), m5, members.get(5));
        assertThat(queued(insurer, ProgressStatus.SUBMITTED, Optional.of(Prospect.NEEDS_REVIEW), parent, Optional.empty(), 10))
                .containsExactly(m5);
        assertThat(queued(insurer, ProgressStatus.SUBMITTED, Optional.empty(), Optional.of(Relationship.GRANDPARENT),
                Optional.empty(), 10)).isEmpty();
        assertThat(queued(newInsurer(), ProgressStatus.SUBMITTED, Optional.empty(), parent, Optional.empty(), 10)).isEmpty();
        assertThat(relationshipRows(insurer)).isEqualTo(9);

        // 3 is sent back; 1 goes back to answering (no submission any more): their rows follow in the same store.
        progress().store(insurer, YEAR, new MemberProgress(m3, "本社", ProgressStatus.RETURNED, Optional.of(SUBMITTED),
                Optional.of(Prospect.CONTINUE), true, false));
        progress().store(insurer, YEAR, at(m1, "本社", ProgressStatus.ANSWERING));

        assertThat(queued(insurer, ProgressStatus.SUBMITTED, Optional.empty(), parent, Optional.empty(), 10)).containsExactly(m5);
        assertThat(queued(insurer, ProgressStatus.RETURNED, Optional.empty(), parent, Optional.empty(), 10)).containsExactly(m3);
        assertThat(relationshipRows(insurer)).isEqualTo(7);
        assertCountsExact(insurer);
    }

    @Test
    default void aRebuildFillsTheMembersExtensionAndTheirRelationshipRowsFromWhatIsStored() {
        InsurerCode insurer = insurerWithYear();
        Family submitted = Fixtures.family(database(), insurer, "1", "妻", "父");
        Family late = Fixtures.family(database(), insurer, "2", "妻");
        register(submitted);
        register(late);
        respond(submitted, 0, SurveyStatus.SUBMITTED);
        respond(submitted, 1, SurveyStatus.SUBMITTED);
        database().surveySubmissions().saveSubmission(new jp.kenpo.kennin.domain.survey.SurveySubmission(
                jp.kenpo.kennin.domain.survey.ReceiptNumber.of(YEAR, "PRGR0019"), insurer, YEAR, submitted.member(), SUBMITTED,
                submitted.dependents()));
        respond(late, 0, SurveyStatus.IN_PROGRESS);
        extend(insurer, late.member(), LocalDate.of(YEAR, 9, 30));
        var rebuild = new RebuildProgressService(database().insurers(), database().surveyYears(), progress(), progress(),
                database().transactions(), 5);

        for (int round = 0; round < 2; round++) {
            assertThat(rebuild.rebuildProgress(RebuildProgressCommand.currentYear(insurer)))
                    .isEqualTo(new RebuildProgressResult.Rebuilt(YEAR, 2));

            assertThat(progress().stillExtended(insurer, YEAR, Optional.empty(), LocalDate.of(YEAR, 8, 31),
                    LocalDate.of(YEAR, 9, 15))).extracting(c -> c.office() + "/" + c.status() + "=" + c.members())
                    .containsExactly("本社/ANSWERING=1");
            assertThat(queued(insurer, ProgressStatus.SUBMITTED, Optional.empty(), Optional.of(Relationship.PARENT),
                    Optional.empty(), 10)).containsExactly(submitted.member());
            assertThat(relationshipRows(insurer)).isEqualTo(2);
        }

        // A later extension reaches the dashboard when the member is tracked (as the extension's use case does).
        extend(insurer, submitted.member(), LocalDate.of(YEAR, 9, 20));
        tracker().memberChanged(insurer, YEAR, submitted.member());
        assertThat(sql().select(MEMBER_PROGRESS.EXTENDED_UNTIL).from(MEMBER_PROGRESS)
                .where(MEMBER_PROGRESS.MEMBER_ID.eq(submitted.member().value())).fetchOne().value1())
                .isEqualTo(LocalDate.of(YEAR, 9, 20));
    }
}
