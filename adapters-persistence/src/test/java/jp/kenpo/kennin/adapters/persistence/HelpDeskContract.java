package jp.kenpo.kennin.adapters.persistence;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.helpdesk.CallNotePort.CallNote;
import jp.kenpo.kennin.application.helpdesk.ProxyEntryPort.ProxyAction;
import jp.kenpo.kennin.application.helpdesk.ProxyEntryPort.ProxyEntry;
import jp.kenpo.kennin.application.helpdesk.SearchAuditLogPort.AuditFilter;
import jp.kenpo.kennin.application.helpdesk.SearchAuditLogPort.AuditLine;
import jp.kenpo.kennin.application.helpdesk.SearchAuditLogPort.StaffRef;
import jp.kenpo.kennin.application.mail.MailLogPort;
import jp.kenpo.kennin.application.mail.MailLogPort.MailLogEntry;
import jp.kenpo.kennin.application.mail.MailTemplate;
import jp.kenpo.kennin.application.roster.RosterEntry;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.audit.AuditEvent;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;
import jp.kenpo.kennin.domain.member.PersonName;
import jp.kenpo.kennin.domain.staff.CallNoteText;
import jp.kenpo.kennin.domain.staff.FormKey;
import jp.kenpo.kennin.domain.staff.LoginName;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.staff.StaffReason;
import jp.kenpo.kennin.domain.survey.ReceiptNumber;
import jp.kenpo.kennin.domain.survey.SurveySubmission;
import org.junit.jupiter.api.Test;

interface HelpDeskContract extends PersistenceContract {
    private static RosterEntry named(String number, String kana) {
        return new RosterEntry(MemberSymbol.parse("01"), MemberNumber.parse(number), new PersonName("山田 太郎", kana),
                LocalDate.of(1980, 4, 1), EmailAddress.parse("m" + number + "@example.jp"), "本社");
    }

    private MemberId id(InsurerCode insurer, String number) {
        return database().members().findByCard(insurer, MemberSymbol.parse("01"), MemberNumber.parse(number)).orElseThrow().id();
    }

    @Test
    default void aKanaSearchFindsNamesContainingTheKeyAsSignUpComparesThemAndOnlyAtThatInsurer() {
        InsurerCode a = newInsurer();
        InsurerCode b = newInsurer();
        database().members().storeRoster(a, List.of(named("1", "ﾔﾏﾀﾞ ﾀﾛｳ"), named("2", "やまだ じろう"), named("3", "サトウ ハナコ")));
        database().members().storeRoster(b, List.of(named("1", "ヤマダ タロウ")));

        assertThat(database().members().findByKana(a, "ヤマダ", 0, 10)).extracting(InsuredMember::id)
                .containsExactly(id(a, "2"), id(a, "1"));
        assertThat(database().members().findByKana(a, "タロウ", 0, 10)).extracting(InsuredMember::id).containsExactly(id(a, "1"));
        assertThat(database().members().findByKana(a, "ヤマダ", 1, 10)).extracting(InsuredMember::id).containsExactly(id(a, "1"));
        assertThat(database().members().findByKana(b, "ジロウ", 0, 10)).isEmpty();
    }

    @Test
    default void rowsStoredWithoutAKanaKeyGetOneAtStartUp() {
        InsurerCode a = newInsurer();
        database().members().storeRoster(a, List.of(named("1", "ｽｽﾞｷ ｲﾁﾛｳ")));
        sql().update(MEMBER).setNull(MEMBER.NAME_KANA_KEY).where(MEMBER.INSURER_CODE.eq(a.value())).execute();

        assertThat(database().members().fillKanaKeys()).isGreaterThanOrEqualTo(1);
        assertThat(database().members().findByKana(a, "スズキイチロウ", 0, 10)).hasSize(1);
    }

    @Test
    default void theMailLogListsAMembersMailsNewestFirstWithTheirOutcome() {
        Fixtures.Family family = Fixtures.family(database(), newInsurer(), "41");
        Instant at = Instant.parse("2025-07-10T01:00:00Z");
        database().mailLog().recordMail(new MailLogEntry(family.member(), MailTemplate.REGISTRATION_CODE, at, MailLogPort.Outcome.FAILED));
        database().mailLog().recordMail(new MailLogEntry(family.member(), MailTemplate.REGISTRATION_CODE, at.plusSeconds(90),
                MailLogPort.Outcome.SENT));

        assertThat(database().mailLog().mailsTo(family.member(), 10)).extracting(MailLogEntry::at, MailLogEntry::outcome)
                .containsExactly(tuple(at.plusSeconds(90), MailLogPort.Outcome.SENT), tuple(at, MailLogPort.Outcome.FAILED));
        assertThat(database().mailLog().mailsTo(family.member(), 1)).hasSize(1);
    }

    @Test
    default void callNotesAndProxyEntriesComeBackAsWrittenAndOnlyForTheirInsurer() {
        InsurerCode insurer = newInsurer();
        Fixtures.openSurveyYears(database(), insurer, 2025);
        Fixtures.Family family = Fixtures.family(database(), insurer, "42", "妻");
        Instant at = Instant.parse("2025-07-10T01:00:00Z");
        assertThat(database().helpDesk().saveCallNote(new CallNote(insurer, family.member(), new StaffId(5),
                new LoginName("sato"), at, new CallNoteText("1行目\n2行目")), new FormKey("0123456789abcdef0123456789abcdef")))
                .isTrue();
        database().helpDesk().saveProxyEntry(new ProxyEntry(insurer, 2025, family.member(), Optional.of(family.dependents().get(0)),
                ProxyAction.ANSWERS_SAVED, new StaffId(5), new LoginName("sato"), new StaffReason("紙の調査票"), at));
        database().helpDesk().saveProxyEntry(new ProxyEntry(insurer, 2025, family.member(), Optional.empty(),
                ProxyAction.SUBMITTED, new StaffId(5), new LoginName("sato"), new StaffReason("紙の調査票"), at.plusSeconds(60)));

        assertThat(database().helpDesk().callNotesOf(insurer, family.member(), 10)).singleElement()
                .satisfies(n -> assertThat(n.text().value()).isEqualTo("1行目\n2行目"));
        assertThat(database().helpDesk().proxyEntriesOf(insurer, 2025, family.member()))
                .extracting(ProxyEntry::action, ProxyEntry::dependent)
                .containsExactly(tuple(ProxyAction.SUBMITTED, Optional.empty()),
                        tuple(ProxyAction.ANSWERS_SAVED, Optional.of(family.dependents().get(0))));
        InsurerCode other = newInsurer();
        assertThat(database().helpDesk().callNotesOf(other, family.member(), 10)).isEmpty();
        assertThat(database().helpDesk().proxyEntriesOf(other, 2025, family.member())).isEmpty();
    }

    /** A double click: the same note form sent by parallel requests leaves one note; a new form's key is a new note. */
    @Test
    default void aNoteFormSentTwiceAtOnceIsSavedOnce() throws Exception {
        InsurerCode insurer = newInsurer();
        Fixtures.openSurveyYears(database(), insurer, 2025);
        Fixtures.Family family = Fixtures.family(database(), insurer, "43", "妻");
        FormKey key = new FormKey("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
        CallNote note = new CallNote(insurer, family.member(), new StaffId(7), new LoginName("sato"),
                Instant.parse("2025-07-10T01:00:00Z"), new CallNoteText("二重送信"));
        int requests = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(requests);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Boolean>> saves = new java.util.ArrayList<>();
            for (int i = 0; i < requests; i++) {
                saves.add(pool.submit(() -> {
                    start.await();
                    return database().helpDesk().saveCallNote(note, key);
                }));
            }
            start.countDown();
            int saved = 0;
            for (java.util.concurrent.Future<Boolean> s : saves) {
                saved += s.get(30, java.util.concurrent.TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(saved).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(database().helpDesk().saveCallNote(note, key)).isFalse();
        assertThat(database().helpDesk().callNotesOf(insurer, family.member(), 10)).hasSize(1);
        // Another staff member's form, or this one's next form, is another note.
        assertThat(database().helpDesk().saveCallNote(note, new FormKey("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"))).isTrue();
        assertThat(database().helpDesk().saveCallNote(new CallNote(insurer, family.member(), new StaffId(8),
                new LoginName("suzuki"), note.writtenAt(), note.text()), key)).isTrue();
        assertThat(database().helpDesk().callNotesOf(insurer, family.member(), 10)).hasSize(3);
    }

    @Test
    default void everySubmissionOfTheYearIsListedNewestFirst() {
        InsurerCode insurer = newInsurer();
        Fixtures.openSurveyYears(database(), insurer, 2025);
        Fixtures.Family family = Fixtures.family(database(), insurer, "43", "妻");
        Instant at = Instant.parse("2025-07-20T01:00:00Z");
        database().surveySubmissions().saveSubmission(new SurveySubmission(ReceiptNumber.of(2025, "AAAA0001"), insurer, 2025,
                family.member(), at, family.dependents()));
        database().surveySubmissions().saveSubmission(new SurveySubmission(ReceiptNumber.of(2025, "AAAA0002"), insurer, 2025,
                family.member(), at.plusSeconds(3600), family.dependents()));

        assertThat(database().surveySubmissions().submissionsOf(insurer, 2025, family.member()))
                .extracting(s -> s.receipt().value()).containsExactly("2025-AAAA-0002", "2025-AAAA-0001");
        assertThat(database().surveySubmissions().submissionsOf(newInsurer(), 2025, family.member())).isEmpty();
    }

    @Test
    default void theAuditSearchFiltersWithinOneInsurerNewestFirst() {
        String a = newInsurer().value();
        String b = newInsurer().value();
        Instant at = Instant.parse("2025-07-01T15:00:00Z");
        database().auditLog().record(new AuditEvent(at, AuditAction.MEMBER_CASE_VIEWED, a, Optional.of(7L), Optional.empty(),
                Optional.of(5L), "local", ""));
        database().auditLog().record(new AuditEvent(at.plusSeconds(10), AuditAction.LOGIN_FAILED, a, Optional.of(7L),
                Optional.empty(), "local", ""));
        database().auditLog().record(new AuditEvent(at.plusSeconds(20), AuditAction.MEMBER_CASE_VIEWED, a, Optional.of(8L),
                Optional.empty(), Optional.of(6L), "local", ""));
        database().auditLog().record(new AuditEvent(at, AuditAction.MEMBER_CASE_VIEWED, b, Optional.of(7L), Optional.empty(),
                Optional.of(5L), "local", ""));
        InsurerCode codeA = new InsurerCode(a);

        assertThat(search(new AuditFilter(codeA, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()))).extracting(l -> l.event().at()).containsExactly(at.plusSeconds(20), at.plusSeconds(10), at);
        assertThat(search(new AuditFilter(codeA, Optional.of(new StaffRef.ById(new StaffId(5))), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty()))).extracting(l -> l.event().action()).containsExactly(AuditAction.MEMBER_CASE_VIEWED);
        assertThat(search(new AuditFilter(codeA, Optional.empty(), Optional.of(new MemberId(7)),
                Optional.of(AuditAction.LOGIN_FAILED), Optional.of(at), Optional.of(at.plusSeconds(11))))).hasSize(1);
        assertThat(search(new AuditFilter(codeA, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(at.plusSeconds(1)),
                Optional.of(at.plusSeconds(20))))).extracting(l -> l.event().at()).containsExactly(at.plusSeconds(10));
    }

    /** The screen names people: the acting staff member by login name, the member by 記号・番号; a login filters too. */
    @Test
    default void auditLinesNameTheStaffMemberAndTheMemberAndTheStaffFilterTakesALoginName() {
        InsurerCode insurer = newInsurer();
        Fixtures.openSurveyYears(database(), insurer, 2025);
        Fixtures.Family family = Fixtures.family(database(), insurer, "44", "妻");
        String login = "Audit.Sato" + System.nanoTime() % 1_000_000_000L;
        StaffId sato = database().staff().createStaff(new jp.kenpo.kennin.application.staff.StaffPort.NewStaff(
                Optional.of(insurer), new LoginName(login), "佐藤　花子", Optional.empty(),
                jp.kenpo.kennin.domain.staff.StaffRole.HELP_DESK, Optional.empty()), Instant.parse("2025-06-01T00:00:00Z"))
                .orElseThrow();
        Instant at = Instant.parse("2025-07-01T15:00:00Z");
        database().auditLog().record(new AuditEvent(at, AuditAction.MEMBER_CASE_VIEWED, insurer.value(),
                Optional.of(family.member().value()), Optional.empty(), Optional.of(sato.value()), "local", ""));
        // A line about a member and by a staff member neither of whom is known any more keeps its ids.
        database().auditLog().record(new AuditEvent(at.plusSeconds(1), AuditAction.MEMBER_CASE_VIEWED, insurer.value(),
                Optional.of(999_999_999L), Optional.empty(), Optional.of(999_999_999L), "local", ""));

        assertThat(search(new AuditFilter(insurer, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()))).extracting(l -> l.staffLogin().map(LoginName::value), AuditLine::memberCard)
                .containsExactly(tuple(Optional.empty(), Optional.empty()),
                        tuple(Optional.of(login), Optional.of("01-44")));
        assertThat(search(new AuditFilter(insurer, Optional.of(new StaffRef.ByLogin(new LoginName(login.toLowerCase()))),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())))
                .singleElement().satisfies(l -> assertThat(l.event().staffId()).contains(sato.value()));
        assertThat(search(new AuditFilter(insurer, Optional.of(new StaffRef.ByLogin(new LoginName("nobody.here"))),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()))).isEmpty();
    }

    private List<AuditLine> search(AuditFilter filter) {
        return database().auditLogSearch().search(filter, 0, 100);
    }
}
