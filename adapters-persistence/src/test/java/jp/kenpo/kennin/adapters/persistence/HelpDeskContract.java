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
        database().helpDesk().saveCallNote(new CallNote(insurer, family.member(), new StaffId(5), new LoginName("sato"), at,
                new CallNoteText("1行目\n2行目")));
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
        assertThat(search(new AuditFilter(codeA, Optional.of(new StaffId(5)), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()))).extracting(l -> l.event().action()).containsExactly(AuditAction.MEMBER_CASE_VIEWED);
        assertThat(search(new AuditFilter(codeA, Optional.empty(), Optional.of(new MemberId(7)),
                Optional.of(AuditAction.LOGIN_FAILED), Optional.of(at), Optional.of(at.plusSeconds(11))))).hasSize(1);
        assertThat(search(new AuditFilter(codeA, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(at.plusSeconds(1)),
                Optional.of(at.plusSeconds(20))))).extracting(l -> l.event().at()).containsExactly(at.plusSeconds(10));
    }

    private List<AuditLine> search(AuditFilter filter) {
        return database().auditLogSearch().search(filter, 0, 100);
    }
}
