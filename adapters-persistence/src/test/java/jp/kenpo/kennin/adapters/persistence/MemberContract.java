package jp.kenpo.kennin.adapters.persistence;

import static jp.kenpo.kennin.adapters.persistence.Fixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import jp.kenpo.kennin.adapters.persistence.member.MemberRepository;
import jp.kenpo.kennin.application.roster.RosterEntry;
import jp.kenpo.kennin.application.roster.StoreRosterPort.RosterCounts;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;
import jp.kenpo.kennin.domain.member.PersonName;
import org.junit.jupiter.api.Test;

/** Roster imports and the lookups registration makes: by card, by id, by address. */
interface MemberContract extends PersistenceContract {
    @Test
    default void firstImportCreatesEveryMemberAsTheRosterGivesThem() {
        InsurerCode code = newInsurer();
        RosterEntry entry = new RosterEntry(MemberSymbol.parse("12"), MemberNumber.parse("0345"),
                new PersonName("髙橋 𠮷太郎", "ﾀｶﾊｼ ﾖｼﾀﾛｳ"), LocalDate.of(1975, 12, 31),
                EmailAddress.parse("Yoshi.Takahashi@Example.JP"), "株式会社ｻﾝﾌﾟﾙ 大阪支店");

        RosterCounts counts = members().storeRoster(code, List.of(entry, entry("12", "346", "b@example.jp")));

        assertThat(counts).isEqualTo(new RosterCounts(2, 0, 0));
        InsuredMember member = members().findByCard(code, MemberSymbol.parse("１２"), MemberNumber.parse("345")).orElseThrow();
        assertThat(member.insurer()).isEqualTo(code);
        assertThat(member.symbol()).isEqualTo(entry.symbol());
        assertThat(member.number()).isEqualTo(entry.number());
        assertThat(member.name()).isEqualTo(entry.name());
        assertThat(member.birthDate()).isEqualTo(entry.birthDate());
        assertThat(member.email()).isEqualTo(EmailAddress.parse("Yoshi.Takahashi@example.jp"));
        assertThat(member.office()).isEqualTo("株式会社ｻﾝﾌﾟﾙ 大阪支店");
        assertThat(member.emailSetByMember()).isFalse();
        assertThat(members().loadMember(member.id())).contains(member);
    }

    @Test
    default void reimportingTheSameRosterChangesNothing() {
        InsurerCode code = newInsurer();
        List<RosterEntry> roster = List.of(entry("01", "1", "a@example.jp"), entry("01", "2", "b@example.jp"));
        members().storeRoster(code, roster);

        assertThat(members().storeRoster(code, roster)).isEqualTo(new RosterCounts(0, 0, 2));
    }

    @Test
    default void reimportCountsCreatedUpdatedAndUnchangedRows() {
        InsurerCode code = newInsurer();
        members().storeRoster(code, List.of(entry("01", "1", "a@example.jp"), entry("01", "2", "b@example.jp"),
                entry("01", "3", "c@example.jp")));
        RosterEntry moved = new RosterEntry(MemberSymbol.parse("01"), MemberNumber.parse("2"),
                new PersonName("山田 太郎", "ヤマダ タロウ"), LocalDate.of(1980, 4, 1), EmailAddress.parse("b@example.jp"), "名古屋工場");

        RosterCounts counts = members().storeRoster(code, List.of(entry("01", "1", "a@example.jp"), moved,
                entry("01", "3", "new-c@example.jp"), entry("02", "1", "d@example.jp")));

        assertThat(counts).isEqualTo(new RosterCounts(1, 2, 1));
        assertThat(members().findByCard(code, moved.symbol(), moved.number()).orElseThrow().office()).isEqualTo("名古屋工場");
        assertThat(members().findByEmail(code, EmailAddress.parse("new-c@example.jp"))).hasSize(1);
        assertThat(members().findByEmail(code, EmailAddress.parse("c@example.jp"))).isEmpty();
    }

    @Test
    default void addressTheMemberSetSurvivesReimport() {
        InsurerCode code = newInsurer();
        RosterEntry entry = entry("01", "1", "from-roster@example.jp");
        members().storeRoster(code, List.of(entry));
        InsuredMember member = members().findByCard(code, entry.symbol(), entry.number()).orElseThrow();
        EmailAddress own = EmailAddress.parse("mine@example.jp");

        members().changeEmailByMember(member.id(), own);
        RosterCounts counts = members().storeRoster(code, List.of(entry));

        assertThat(counts).isEqualTo(new RosterCounts(0, 0, 1));
        assertThat(members().loadMember(member.id())).contains(member.withEmailChangedByMember(own));
        assertThat(members().findByEmail(code, own)).extracting(InsuredMember::id).containsExactly(member.id());
    }

    @Test
    default void membersAreFoundByAddressIgnoringCaseWithinTheirInsurer() {
        InsurerCode code = newInsurer();
        members().storeRoster(code, List.of(entry("01", "1", "Taro.Yamada@example.jp"), entry("01", "2", "taro.yamada@example.jp"),
                entry("01", "3", "someone@example.jp")));
        members().storeRoster(newInsurer(), List.of(entry("01", "1", "taro.yamada@example.jp")));

        List<InsuredMember> found = members().findByEmail(code, EmailAddress.parse("TARO.YAMADA@EXAMPLE.JP"));

        assertThat(found).extracting(m -> m.number().value()).containsExactlyInAnyOrder("1", "2");
    }

    @Test
    default void unknownCardIsNotFound() {
        InsurerCode code = newInsurer();
        members().storeRoster(code, List.of(entry("01", "1", "a@example.jp")));

        assertThat(members().findByCard(code, MemberSymbol.parse("01"), MemberNumber.parse("2"))).isEmpty();
        assertThat(members().findByCard(newInsurer(), MemberSymbol.parse("01"), MemberNumber.parse("1"))).isEmpty();
    }

    @Test
    default void rosterLargerThanOneRoundTripIsStoredWhole() {
        InsurerCode code = newInsurer();
        List<RosterEntry> roster = IntStream.rangeClosed(1, 2_500)
                .mapToObj(n -> entry("07", String.valueOf(n), "m" + n + "@example.jp")).toList();

        assertThat(members().storeRoster(code, roster)).isEqualTo(new RosterCounts(2_500, 0, 0));
        assertThat(members().storeRoster(code, roster)).isEqualTo(new RosterCounts(0, 0, 2_500));
        assertThat(members().findByCard(code, MemberSymbol.parse("07"), MemberNumber.parse("2500"))).isPresent();
    }

    @Test
    default void theSameRosterCommittedTwiceAtOnceCreatesItsMembersOnceAndNoError() throws Exception {
        InsurerCode code = newInsurer();
        List<RosterEntry> roster = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> entry("01", String.valueOf(i), "m" + i + "@example.jp")).toList();
        int count = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        List<Future<RosterCounts>> results = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return database().transactions().inTransaction(() -> members().storeRoster(code, roster));
                }));
            }
            start.countDown();
            int created = 0;
            for (Future<RosterCounts> result : results) {
                created += result.get(30, TimeUnit.SECONDS).created();
            }
            assertThat(created).isEqualTo(40);
        } finally {
            // No interrupt: an interrupted thread closes the embedded database's file under every other test.
            pool.shutdown();
            pool.awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    private MemberRepository members() {
        return database().members();
    }
}
