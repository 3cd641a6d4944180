package jp.kenpo.kennin.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import jp.kenpo.kennin.application.roster.DependentRosterEntry;
import jp.kenpo.kennin.application.roster.DependentsStage;
import jp.kenpo.kennin.application.roster.ImportDependentsService;
import jp.kenpo.kennin.application.roster.ImportDependentsUseCase.ImportDependentsCommand;
import jp.kenpo.kennin.application.roster.ImportRosterService;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterCommand;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterResult;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.RowProblem;
import jp.kenpo.kennin.application.roster.DependentRosterRow;
import jp.kenpo.kennin.application.roster.RosterEntry;
import jp.kenpo.kennin.application.roster.RosterRow;
import jp.kenpo.kennin.application.roster.RosterRows;
import jp.kenpo.kennin.application.roster.RosterStage;
import jp.kenpo.kennin.application.roster.RosterStage.Lines;
import jp.kenpo.kennin.application.roster.StoreRosterPort.RosterCounts;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.dependent.Cohabitation;
import jp.kenpo.kennin.domain.dependent.DependentNumber;
import jp.kenpo.kennin.domain.dependent.Sex;
import jp.kenpo.kennin.domain.dependent.StatedRelationship;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;
import jp.kenpo.kennin.domain.member.PersonName;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: rosters go through a staging table (COPY on PostgreSQL, batches on H2) and one
 * set-based merge. The same file twice changes nothing; changes are counted; a member's own
 * address survives; repeated keys and unknown members are named by line; a file that breaks
 * part-way stores nothing and leaves the connection usable; two imports of one insurer at once
 * store each member once.
 */
interface RosterStagingContract extends PersistenceContract {
    Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T00:00:00Z"), ZoneId.of("Asia/Tokyo"));

    private static RosterEntry member(int number, String email) {
        return new RosterEntry(MemberSymbol.parse("7"), MemberNumber.parse(String.valueOf(number)), new PersonName("試験 太郎", "シケン タロウ"),
                LocalDate.of(1980, 1, 1), EmailAddress.parse(email), "本社\\支店\t");
    }

    private static DependentRosterEntry child(int member, String number, String term) {
        return new DependentRosterEntry(MemberSymbol.parse("7"), MemberNumber.parse(String.valueOf(member)), DependentNumber.parse(number),
                new PersonName("試験 花子", "シケン ハナコ"), LocalDate.of(2010, 5, 5), StatedRelationship.parse(term), Sex.FEMALE,
                Cohabitation.TOGETHER, Optional.empty());
    }

    private RosterCounts importMembers(InsurerCode insurer, List<RosterEntry> entries) {
        return database().transactions().inTransaction(() -> {
            try (RosterStage<RosterEntry> stage = database().members().stageRoster(insurer)) {
                int line = 2;
                for (RosterEntry e : entries) {
                    stage.add(line++, e);
                }
                assertThat(stage.repeatedKeys(10)).isEqualTo(Lines.none());
                return stage.merge();
            }
        });
    }

    private RosterCounts importDependents(InsurerCode insurer, List<DependentRosterEntry> entries) {
        return database().transactions().inTransaction(() -> {
            try (DependentsStage stage = database().dependents().stageDependents(insurer)) {
                int line = 2;
                for (DependentRosterEntry e : entries) {
                    stage.add(line++, e);
                }
                assertThat(stage.unknownMembers(10)).isEqualTo(Lines.none());
                return stage.merge();
            }
        });
    }

    private static List<RosterEntry> members(int count) {
        List<RosterEntry> entries = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            entries.add(member(i, "m" + i + "@example.jp"));
        }
        return entries;
    }

    @Test
    default void aStagedRosterIsStoredOnceAndTheSameFileAgainChangesNothing() {
        InsurerCode insurer = newInsurer();
        List<RosterEntry> file = members(2500);

        assertThat(importMembers(insurer, file)).isEqualTo(new RosterCounts(2500, 0, 0));
        assertThat(importMembers(insurer, file)).isEqualTo(new RosterCounts(0, 0, 2500));
        InsuredMember stored = database().members().findByCard(insurer, MemberSymbol.parse("7"), MemberNumber.parse("2500")).orElseThrow();
        // Tab and backslash went through COPY's text format unharmed; the office is stored stripped, as before.
        assertThat(stored.office()).isEqualTo("本社\\支店");
        assertThat(stored.name().kanaKey()).isEqualTo(new PersonName("試験 太郎", "シケン タロウ").kanaKey());
    }

    @Test
    default void changedRowsAreUpdatedAndCountedButAnAddressTheMemberSetIsKept() {
        InsurerCode insurer = newInsurer();
        importMembers(insurer, List.of(member(1, "a@example.jp"), member(2, "b@example.jp"), member(3, "c@example.jp")));
        InsuredMember own = database().members().findByCard(insurer, MemberSymbol.parse("7"), MemberNumber.parse("2")).orElseThrow();
        database().members().changeEmailByMember(own.id(), EmailAddress.parse("mine@example.jp"));

        RosterCounts counts = importMembers(insurer, List.of(member(1, "a-new@example.jp"), member(2, "insurer@example.jp"),
                member(3, "c@example.jp"), member(4, "d@example.jp")));

        assertThat(counts).isEqualTo(new RosterCounts(1, 1, 2));
        assertThat(database().members().loadMember(own.id()).orElseThrow().email().value()).isEqualTo("mine@example.jp");
        assertThat(database().members().findByCard(insurer, MemberSymbol.parse("7"), MemberNumber.parse("1")).orElseThrow()
                .email().value()).isEqualTo("a-new@example.jp");
    }

    @Test
    default void dependentsAreFoundByCardAndMergedLikeMembers() {
        InsurerCode insurer = newInsurer();
        importMembers(insurer, members(3));
        List<DependentRosterEntry> file = List.of(child(1, "1", "長女"), child(2, "1", "妻"), child(2, "2", "長男"));

        assertThat(importDependents(insurer, file)).isEqualTo(new RosterCounts(3, 0, 0));
        assertThat(importDependents(insurer, file)).isEqualTo(new RosterCounts(0, 0, 3));
        assertThat(importDependents(insurer, List.of(child(1, "1", "次女"), child(3, "1", "妻")))).isEqualTo(new RosterCounts(1, 1, 0));
        InsuredMember first = database().members().findByCard(insurer, MemberSymbol.parse("7"), MemberNumber.parse("1")).orElseThrow();
        assertThat(database().dependents().dependentsOf(first.id())).singleElement()
                .satisfies(d -> assertThat(d.relationship().term()).isEqualTo("次女"));
    }

    @Test
    default void repeatedCardsAndUnknownMembersAreNamedByTheirLines() {
        InsurerCode insurer = newInsurer();
        importMembers(insurer, members(2));
        database().transactions().inTransaction(() -> {
            try (RosterStage<RosterEntry> stage = database().members().stageRoster(insurer)) {
                stage.add(2, member(1, "a@example.jp"));
                stage.add(3, member(5, "b@example.jp"));
                stage.add(4, member(1, "c@example.jp"));
                stage.add(7, member(1, "d@example.jp"));
                stage.add(9, member(5, "e@example.jp"));
                assertThat(stage.repeatedKeys(2)).isEqualTo(new Lines(List.of(4, 7), 3));
                assertThat(stage.repeatedKeys(10)).isEqualTo(new Lines(List.of(4, 7, 9), 3));
            }
            try (DependentsStage stage = database().dependents().stageDependents(insurer)) {
                stage.add(2, child(1, "1", "妻"));
                stage.add(3, child(9, "1", "妻"));
                stage.add(4, child(8, "1", "妻"));
                stage.add(5, child(1, "01", "長男"));
                assertThat(stage.unknownMembers(10)).isEqualTo(new Lines(List.of(3, 4), 2));
                assertThat(stage.repeatedKeys(10)).isEqualTo(new Lines(List.of(5), 1));
            }
        });
        assertThat(database().members().findByCard(insurer, MemberSymbol.parse("7"), MemberNumber.parse("5"))).isEmpty();
    }

    @Test
    default void aFileWithBadRowsWritesNothingAndNamesTheLines() {
        InsurerCode insurer = newInsurer();
        ImportRosterService service = new ImportRosterService(database().insurers(), database().insurers(), database().members(),
                database().transactions(), database().auditLog(), CLOCK);
        List<RosterRow> rows = List.of(
                new RosterRow(2, "7", "1", "試験 一", "シケン イチ", "1980/01/01", "a@example.jp", ""),
                new RosterRow(3, "7", "2", "試験 二", "シケン ニ", "1980/02/30", "b@example.jp", ""),
                new RosterRow(4, "7", "3", "試験 三", "シケン サン", "1980/01/03", "c@example.jp", ""),
                new RosterRow(5, "7", "01", "試験 一", "シケン イチ", "1980/01/01", "a@example.jp", ""));

        ImportRosterResult result = service.importRoster(new ImportRosterCommand(insurer.value(), Optional.empty(), rows));

        assertThat(result).isEqualTo(new ImportRosterResult.Rejected(List.of(new RowProblem(3, "生年月日", "member.birthDate.invalid"),
                new RowProblem(5, "番号", "roster.duplicate"))));
        assertThat(database().members().findByCard(insurer, MemberSymbol.parse("7"), MemberNumber.parse("1"))).isEmpty();
        assertThat(sql().fetchCount(sql().selectFrom("roster_member_stage"))).isZero();

        ImportDependentsService dependents = new ImportDependentsService(database().insurers(), database().dependents(),
                database().transactions(), database().auditLog(), CLOCK);
        assertThat(dependents.importDependents(new ImportDependentsCommand(insurer.value(), List.of(
                new DependentRosterRow(2, "7", "1", "1", "試験 花子", "シケン ハナコ", "2010/05/05", "妻", "女", "", "")))))
                .isEqualTo(new ImportRosterResult.Rejected(List.of(new RowProblem(2, "番号", "dependent.member.unknown"))));
    }

    @Test
    default void aFileThatBreaksPartWayStoresNothingAndTheNextImportRuns() {
        InsurerCode insurer = newInsurer();
        ImportRosterService service = new ImportRosterService(database().insurers(), database().insurers(), database().members(),
                database().transactions(), database().auditLog(), CLOCK);
        RosterRows<RosterRow> breaking = each -> {
            for (int line = 2; line < 3000; line++) {
                each.accept(new RosterRow(line, "7", String.valueOf(line), "試験 一", "シケン イチ", "1980/01/01", "a@example.jp", ""));
            }
            throw new IllegalStateException("unreadable from line 3000");
        };

        assertThatThrownBy(() -> service.importRoster(new ImportRosterCommand(insurer.value(), Optional.empty(), breaking,
                CredentialPolicy.manualDefault()))).hasMessageContaining("line 3000");

        assertThat(database().members().findByCard(insurer, MemberSymbol.parse("7"), MemberNumber.parse("2"))).isEmpty();
        for (int i = 0; i < 12; i++) { // more than the pool's connections: every one of them still works
            assertThat(importMembers(insurer, List.of(member(1, "a@example.jp")))).isEqualTo(i == 0 ? new RosterCounts(1, 0, 0)
                    : new RosterCounts(0, 0, 1));
        }
    }

    @Test
    default void twoImportsOfOneInsurerAtOnceStoreEachMemberOnce() throws Exception {
        InsurerCode insurer = newInsurer();
        List<RosterEntry> file = members(1500);
        ConcurrentLinkedQueue<RosterCounts> counts = new ConcurrentLinkedQueue<>();

        Race.inParallel(2, () -> counts.add(importMembers(insurer, file)));

        assertThat(counts).containsExactlyInAnyOrder(new RosterCounts(1500, 0, 0), new RosterCounts(0, 0, 1500));
        assertThat(sql().fetchCount(sql().selectFrom("member").where("insurer_code = ?", insurer.value()))).isEqualTo(1500);
    }

    /** Each import counts what it created and updated itself: another insurer's import committing meanwhile must not count. */
    @Test
    default void importsOfTwoInsurersAtOnceEachCountOnlyTheirOwnRows() throws Exception {
        for (int round = 0; round < 3; round++) {
            List<InsurerCode> insurers = List.of(newInsurer(), newInsurer());
            List<RosterEntry> file = members(1000);
            ConcurrentLinkedQueue<RosterCounts> counts = new ConcurrentLinkedQueue<>();
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

            Race.inParallel(2, () -> counts.add(importMembers(insurers.get(next.getAndIncrement()), file)));
            assertThat(counts).containsExactly(new RosterCounts(1000, 0, 0), new RosterCounts(1000, 0, 0));

            List<DependentRosterEntry> dependents = List.of(child(1, "1", "妻"), child(2, "1", "妻"), child(2, "2", "長男"));
            counts.clear();
            next.set(0);
            Race.inParallel(2, () -> counts.add(importDependents(insurers.get(next.getAndIncrement()), dependents)));
            assertThat(counts).containsExactly(new RosterCounts(3, 0, 0), new RosterCounts(3, 0, 0));
        }
    }
}
