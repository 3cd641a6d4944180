package jp.kenpo.kennin.adapters.persistence;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.MEMBER;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.MEMBER_PROGRESS;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.UNDELIVERABLE_ADDRESS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.adapters.persistence.letters.LetterRepository;
import jp.kenpo.kennin.application.letters.LetterBatch;
import jp.kenpo.kennin.application.letters.LetterFailure;
import jp.kenpo.kennin.application.letters.LetterMember;
import jp.kenpo.kennin.application.letters.LetterSelection;
import jp.kenpo.kennin.application.letters.LetterSelection.Card;
import jp.kenpo.kennin.application.progress.MemberProgress;
import jp.kenpo.kennin.application.roster.RosterEntry;
import jp.kenpo.kennin.application.staff.StaffPort.NewStaff;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;
import jp.kenpo.kennin.domain.member.PersonName;
import jp.kenpo.kennin.domain.progress.ProgressStatus;
import jp.kenpo.kennin.domain.staff.LoginName;
import jp.kenpo.kennin.domain.staff.StaffRole;
import org.junit.jupiter.api.Test;

/**
 * letter_batch and the members a letter selection names: each selection reads exactly its members,
 * in 事業所 then 記号・番号 order (番号 as numbers), with the member's own deadline extension; a
 * batch is taken by one run only, and another insurer's batch is not found.
 */
interface LetterContract extends PersistenceContract {
    int LETTER_YEAR = 2025;
    Instant REQUESTED = Instant.parse("2025-08-01T01:00:00Z");

    private long staff(InsurerCode insurer) {
        return database().staff().createStaff(new NewStaff(Optional.of(insurer), new LoginName("letters." + insurer.value()),
                "郵送 担当", Optional.empty(), StaffRole.ADMINISTRATOR, Optional.empty()), REQUESTED).orElseThrow().value();
    }

    private LetterRepository letters() {
        return database().letters();
    }

    /** Members (symbol, number, office, status) of a new insurer with the year open. */
    private InsurerCode insurerWithMembers() {
        InsurerCode insurer = newInsurer();
        Fixtures.openSurveyYears(database(), insurer, LETTER_YEAR);
        List<RosterEntry> roster = new ArrayList<>();
        roster.add(entry("10", "9", "本社"));
        roster.add(entry("10", "10", "本社"));
        roster.add(entry("2", "1", "本社"));
        roster.add(entry("10", "3", "大阪支店"));
        roster.add(entry("10", "4", "大阪支店"));
        database().members().storeRoster(insurer, roster);
        progress(insurer, "10", "9", "本社", ProgressStatus.UNREGISTERED);
        progress(insurer, "10", "10", "本社", ProgressStatus.SUBMITTED);
        progress(insurer, "2", "1", "本社", ProgressStatus.RETURNED);
        progress(insurer, "10", "3", "大阪支店", ProgressStatus.ANSWERING);
        progress(insurer, "10", "4", "大阪支店", ProgressStatus.CONFIRMED);
        return insurer;
    }

    private static RosterEntry entry(String symbol, String number, String office) {
        return new RosterEntry(MemberSymbol.parse(symbol), MemberNumber.parse(number), new PersonName("会員 " + symbol + "-" + number,
                "カイイン"), LocalDate.of(1980, 4, 1), EmailAddress.parse("m" + symbol + "x" + number + "@example.jp"), office);
    }

    private MemberId member(InsurerCode insurer, String symbol, String number) {
        return database().members().findByCard(insurer, new MemberSymbol(symbol), new MemberNumber(number)).orElseThrow().id();
    }

    private void progress(InsurerCode insurer, String symbol, String number, String office, ProgressStatus status) {
        database().progress().store(insurer, LETTER_YEAR, new MemberProgress(member(insurer, symbol, number), office, status,
                Optional.empty(), Optional.empty(), false, false));
    }

    private void undeliverable(InsurerCode insurer, String symbol, String number) {
        MemberId id = member(insurer, symbol, number);
        String key = sql().select(MEMBER.EMAIL_KEY).from(MEMBER).where(MEMBER.ID.eq(id.value())).fetchOne(MEMBER.EMAIL_KEY);
        sql().insertInto(UNDELIVERABLE_ADDRESS).set(UNDELIVERABLE_ADDRESS.INSURER_CODE, insurer.value())
                .set(UNDELIVERABLE_ADDRESS.EMAIL_KEY, key).set(UNDELIVERABLE_ADDRESS.MEMBER_ID, id.value())
                .set(UNDELIVERABLE_ADDRESS.REPLY, "550 5.1.1 no such user").set(UNDELIVERABLE_ADDRESS.SINCE, REQUESTED).execute();
    }

    private List<String> read(InsurerCode insurer, LetterSelection selection) {
        List<String> cards = new ArrayList<>();
        letters().letterMembers(insurer, LETTER_YEAR, selection, m -> cards.add(m.office() + " " + m.symbol() + "-" + m.number()));
        assertThat(letters().countLetterMembers(insurer, LETTER_YEAR, selection)).isEqualTo(cards.size());
        return cards;
    }

    private static Card card(String symbol, String number) {
        return new Card(new MemberSymbol(symbol), new MemberNumber(number));
    }

    @Test
    default void lettersOfAnOfficeComeIn記号And番号OrderAsNumbers() {
        InsurerCode insurer = insurerWithMembers();

        assertThat(read(insurer, new LetterSelection.Office("本社"))).containsExactly("本社 2-1", "本社 10-9", "本社 10-10");
        assertThat(read(insurer, new LetterSelection.Office("名古屋支店"))).isEmpty();
    }

    @Test
    default void notSubmittedLettersGoToMembersStillOwingTheirSurveyOrderedBy事業所() {
        InsurerCode insurer = insurerWithMembers();

        assertThat(read(insurer, new LetterSelection.NotSubmitted(Optional.empty())))
                .containsExactly("大阪支店 10-3", "本社 2-1", "本社 10-9");
        assertThat(read(insurer, new LetterSelection.NotSubmitted(Optional.of("本社")))).containsExactly("本社 2-1", "本社 10-9");
    }

    @Test
    default void undeliverableLettersGoToMembersWhoseCurrentAddressWasRefused() {
        InsurerCode insurer = insurerWithMembers();
        undeliverable(insurer, "10", "10");
        undeliverable(insurer, "10", "3");

        assertThat(read(insurer, new LetterSelection.Undeliverable())).containsExactly("大阪支店 10-3", "本社 10-10");
        // The member changed their address since: the refused one is no longer theirs.
        sql().update(MEMBER).set(MEMBER.EMAIL_KEY, "new@example.jp").where(MEMBER.ID.eq(member(insurer, "10", "3").value()))
                .execute();
        assertThat(read(insurer, new LetterSelection.Undeliverable())).containsExactly("本社 10-10");
        assertThat(read(newInsurer(), new LetterSelection.Undeliverable())).isEmpty();
    }

    @Test
    default void aListNamesItsMembersAndOnlyTheInsurersCardsAreKnown() {
        InsurerCode insurer = insurerWithMembers();
        InsurerCode other = insurerWithMembers();
        database().members().storeRoster(other, List.of(entry("99", "1", "本社")));

        assertThat(letters().knownCards(insurer, List.of(card("10", "3"), card("99", "1"), card("2", "1"))))
                .containsExactlyInAnyOrder(card("10", "3"), card("2", "1"));
        assertThat(read(insurer, new LetterSelection.Cards(List.of(card("10", "10"), card("10", "3"), card("99", "1")))))
                .containsExactly("大阪支店 10-3", "本社 10-10");
    }

    @Test
    default void aMembersOwnExtendedDeadlineComesWithThem() {
        InsurerCode insurer = insurerWithMembers();
        MemberId extended = member(insurer, "10", "9");
        sql().update(MEMBER_PROGRESS).set(MEMBER_PROGRESS.EXTENDED_UNTIL, LocalDate.of(LETTER_YEAR, 9, 30))
                .where(MEMBER_PROGRESS.MEMBER_ID.eq(extended.value())).execute();

        List<LetterMember> members = new ArrayList<>();
        letters().letterMembers(insurer, LETTER_YEAR, new LetterSelection.Office("本社"), members::add);

        assertThat(members).extracting(m -> m.id().value() + ":" + m.extendedUntil().map(LocalDate::toString).orElse("-"))
                .containsExactly(member(insurer, "2", "1").value() + ":-", extended.value() + ":2025-09-30",
                        member(insurer, "10", "10").value() + ":-");
        assertThat(members.get(1).name()).isEqualTo("会員 10-9");
        assertThat(letters().offices(insurer)).containsExactly("大阪支店", "本社");
    }

    @Test
    default void aBatchIsStoredWithItsSelectionAndFoundByItsInsurerOnly() {
        InsurerCode insurer = insurerWithMembers();
        LetterSelection list = new LetterSelection.Cards(List.of(card("10", "3"), card("2", "1")));

        long staff = staff(insurer);
        long id = letters().queueLetterBatch(insurer, LETTER_YEAR, list, staff, REQUESTED);

        LetterBatch batch = letters().findLetterBatch(insurer, id).orElseThrow();
        assertThat(batch.state()).isEqualTo(LetterBatch.State.QUEUED);
        assertThat(batch.selection()).isEqualTo(list);
        assertThat(batch.requestedBy()).contains(staff);
        assertThat(batch.requestedAt()).isEqualTo(REQUESTED);
        assertThat(letters().findLetterBatch(newInsurer(), id)).isEmpty();
        long office = letters().queueLetterBatch(insurer, LETTER_YEAR, new LetterSelection.NotSubmitted(Optional.of("本社")), staff,
                REQUESTED.plusSeconds(60));
        assertThat(letters().recentLetterBatches(insurer, 10)).extracting(LetterBatch::id).containsExactly(office, id);
        assertThat(letters().findLetterBatch(insurer, office).orElseThrow().selection())
                .isEqualTo(new LetterSelection.NotSubmitted(Optional.of("本社")));
    }

    @Test
    default void aBatchIsTakenAgainAfterARunDiedButNeverAfterItEnded() {
        InsurerCode insurer = insurerWithMembers();
        long id = letters().queueLetterBatch(insurer, LETTER_YEAR, new LetterSelection.Undeliverable(), staff(insurer), REQUESTED);

        assertThat(letters().startLetterBatch(id)).hasValueSatisfying(b -> assertThat(b.state()).isEqualTo(LetterBatch.State.RUNNING));
        // The run died (the process was killed): the job runner's next run makes it anew.
        assertThat(letters().startLetterBatch(id)).isPresent();

        assertThat(letters().finishLetterBatch(id, 3, "batch-" + id + ".pdf", REQUESTED.plusSeconds(5))).isTrue();
        LetterBatch done = letters().findLetterBatch(insurer, id).orElseThrow();
        assertThat(done.state()).isEqualTo(LetterBatch.State.DONE);
        assertThat(done.letters()).contains(3);
        assertThat(done.fileName()).contains("batch-" + id + ".pdf");
        assertThat(done.finishedAt()).contains(REQUESTED.plusSeconds(5));

        assertThat(letters().startLetterBatch(id)).isEmpty();
        assertThat(letters().failLetterBatch(id, LetterFailure.WRITE_FAILED, REQUESTED)).isFalse();
        assertThat(letters().finishLetterBatch(id, 9, "x.pdf", REQUESTED)).isFalse();
        assertThat(letters().findLetterBatch(insurer, id).orElseThrow().letters()).contains(3);
    }

    @Test
    default void aFailedBatchKeepsItsReasonAndIsNeverRunAgain() {
        InsurerCode insurer = insurerWithMembers();
        long id = letters().queueLetterBatch(insurer, LETTER_YEAR, new LetterSelection.Office("本社"), staff(insurer), REQUESTED);

        assertThat(letters().failLetterBatch(id, LetterFailure.NO_MEMBERS, REQUESTED)).isTrue();

        assertThat(letters().findLetterBatch(insurer, id).orElseThrow().failure()).contains(LetterFailure.NO_MEMBERS);
        assertThat(letters().startLetterBatch(id)).isEmpty();
        assertThat(letters().finishLetterBatch(id, 1, "x.pdf", REQUESTED)).isFalse();
    }
}
