package jp.kenpo.kennin.bootstrap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import jp.kenpo.kennin.application.roster.RosterRow;
import jp.kenpo.kennin.adapters.cli.ConsoleMessages;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.dependent.Cohabitation;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.eligibility.Ages;
import jp.kenpo.kennin.domain.eligibility.Relationship;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;
import jp.kenpo.kennin.domain.member.PersonName;
import jp.kenpo.kennin.domain.notice.Notice;
import jp.kenpo.kennin.domain.survey.SurveyScope;
import jp.kenpo.kennin.domain.survey.SurveyYear;
import jp.kenpo.kennin.domain.text.DateInput;
import org.junit.jupiter.api.Test;

class DemoDataTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final InsurerCode DEMO = new InsurerCode("demo");
    /** 2026-11-24 09:00 JST: fiscal year 2026. */
    private static final Clock NOVEMBER = Clock.fixed(Instant.parse("2026-11-24T00:00:00Z"), TOKYO);

    private final InMemoryInsurerSystem system = new InMemoryInsurerSystem(NOVEMBER);

    @Test
    void seedingAnEmptyInstallationCreatesEverythingTheDemoNeeds() {
        DemoGuide guide = demoAt(NOVEMBER).seed();

        Insurer insurer = system.insurers.get(DEMO);
        assertThat(insurer.displayName()).isEqualTo("デモ健康保険組合");
        assertThat(insurer.senderAddress().value()).isEqualTo("kennin-demo@localhost.localdomain");
        assertThat(insurer.contact().callCentre()).contains("架空");
        assertThat(insurer.currentFiscalYear()).isEqualTo(2026);
        assertThat(system.members).hasSize(200);
        assertThat(system.surveyYears.get(DEMO)).satisfies(year -> {
            assertThat(year.fiscalYear()).isEqualTo(2026);
            assertThat(year.opensOn()).isEqualTo(LocalDate.of(2026, 11, 24));
            assertThat(year.deadline().day()).isEqualTo(LocalDate.of(2026, 12, 24));
        });
        assertThat(system.terms).singleElement().satisfies(t -> assertThat(t.version()).isEqualTo(1));
        assertThat(system.notices).hasSize(2);
        assertThat(system.attachments.values()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).endsWith(".txt");
            assertThat(a.contentType()).startsWith("text/plain");
            assertThat(new String(a.content(), StandardCharsets.UTF_8)).contains("Q1.");
        });
        assertThat(system.accounts).singleElement().satisfies(account -> {
            assertThat(account.userId().value()).isEqualTo("demo-user");
            assertThat(account.fiscalYear()).isEqualTo(2026);
            assertThat(system.verify(DemoData.PASSWORD, account.passwordHash())).isTrue();
            assertThat(system.loadMember(account.member()).orElseThrow().number().value())
                    .isEqualTo(MemberNumber.parse(demoAt(NOVEMBER).roster().get(0).number()).value());
        });
        assertThat(system.findByMember(memberOf(guide.signUpMember()))).as("the sign-up member has no account yet").isEmpty();
    }

    @Test
    void seedingTwiceChangesNothingButTheDeadline() {
        demoAt(NOVEMBER).seed();
        Clock weekLater = Clock.offset(NOVEMBER, Duration.ofDays(7));

        demoAt(weekLater).seed();

        assertThat(system.members).hasSize(200);
        assertThat(system.terms).hasSize(1);
        assertThat(system.notices).hasSize(2);
        assertThat(system.accounts).hasSize(1);
        assertThat(system.surveyYears.get(DEMO).deadline().day()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void aNewFiscalYearGivesTheDemoAccountANewRegistration() {
        demoAt(NOVEMBER).seed();
        Clock nextMay = Clock.fixed(Instant.parse("2027-05-10T00:00:00Z"), TOKYO);

        demoAt(nextMay).seed();

        assertThat(system.insurers.get(DEMO).currentFiscalYear()).isEqualTo(2027);
        assertThat(system.accounts).singleElement().satisfies(a -> assertThat(a.fiscalYear()).isEqualTo(2027));
        assertThat(system.notices).extracting(Notice::title).contains("2027年度 被扶養者資格確認調査を開始しました");
    }

    @Test
    void theDemoAccountsFamilyShowsTheSurveysCasesAndOnlyAdultsAreSurveyed() {
        demoAt(NOVEMBER).seed();

        List<Dependent> family = system.dependents.dependentsOf(memberOf(demoAt(NOVEMBER).roster().get(0)));
        assertThat(family).extracting(d -> d.relationship().kind()).containsExactly(
                Relationship.SPOUSE, Relationship.CHILD, Relationship.CHILD, Relationship.PARENT);
        assertThat(Ages.ageOn(family.get(1).birthDate(), LocalDate.of(2026, 11, 24))).as("the student").isEqualTo(20);
        assertThat(family.get(3).cohabitation()).isEqualTo(Cohabitation.APART);
        SurveyYear year = system.surveyYears.get(DEMO);
        assertThat(year.scope()).isEqualTo(SurveyScope.agedAtLeast(18));
        assertThat(family).filteredOn(d -> year.scope().includes(d, year.referenceDate())).hasSize(3);
        assertThat(system.dependents.all().size()).as("other members have families too").isGreaterThan(100);
    }

    @Test
    void seedingDependentsAgainInTheSameYearChangesNothing() {
        demoAt(NOVEMBER).seed();
        List<Dependent> first = system.dependents.all();

        demoAt(Clock.offset(NOVEMBER, Duration.ofDays(7))).seed();

        assertThat(system.dependents.all()).isEqualTo(first);
    }

    @Test
    void theFiscalYearRunsFromAprilToMarch() {
        assertThat(DemoData.fiscalYearOf(LocalDate.of(2027, 3, 31))).isEqualTo(2026);
        assertThat(DemoData.fiscalYearOf(LocalDate.of(2027, 4, 1))).isEqualTo(2027);
    }

    @Test
    void everyGeneratedMemberIsOneTheDomainAccepts() {
        List<RosterRow> roster = demoAt(NOVEMBER).roster();

        assertThat(roster).hasSize(200).allSatisfy(row -> {
            assertThat(new PersonName(row.name(), row.nameKana()).kanaKey()).isNotBlank();
            assertThat(row.symbol()).matches("[1-9][0-9]");
            assertThat(row.number()).matches("[1-9][0-9]{0,5}");
            MemberSymbol.parse(row.symbol());
            MemberNumber.parse(row.number());
            assertThat(DateInput.parse(row.birthDate())).hasValueSatisfying(
                    d -> assertThat(d).isBetween(LocalDate.of(1960, 1, 1), LocalDate.of(2000, 12, 31)));
            assertThat(EmailAddress.parse(row.email()).value()).endsWith(".invalid");
        });
        assertThat(roster.stream().map(r -> r.symbol() + "-" + r.number()).distinct()).hasSize(200);
        assertThat(roster.stream().map(RosterRow::office).distinct().count()).isGreaterThan(1);
    }

    @Test
    void theRosterIsTheSameOnEveryRun() {
        assertThat(DemoRoster.generate(200)).isEqualTo(DemoRoster.generate(200));
    }

    @Test
    void theDemoPasswordSatisfiesTheDefaultPolicy() {
        LocalDate holderBirthDate = DateInput.parse(demoAt(NOVEMBER).roster().get(0).birthDate()).orElseThrow();

        assertThat(CredentialPolicy.manualDefault().check(DemoData.USER_ID, DemoData.PASSWORD, DemoData.PASSWORD, holderBirthDate))
                .isEmpty();
    }

    @Test
    void theGuideSaysWhereToGoHowToLogInAndWhomToSignUpAs() {
        DemoGuide guide = demoAt(NOVEMBER).seed();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        guide.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), ConsoleMessages.standard(),
                URI.create("http://localhost:8080"), Path.of("/var/kennin/outbox"));

        RosterRow member = guide.signUpMember();
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("http://localhost:8080")
                .contains("ユーザID demo-user / パスワード Demo#2026pass")
                .contains("保険者指定コード demo / 記号 " + member.symbol() + " / 番号 " + member.number()
                        + " / 生年月日 " + member.birthDate() + " / 氏名（カナ） " + member.nameKana())
                .contains("/var/kennin/outbox")
                .contains("2026/12/24")
                .contains("Account ready to log in");
        assertThat(member.birthDate()).matches("\\d{4}/\\d{2}/\\d{2}");
    }

    private DemoData demoAt(Clock clock) {
        return new DemoData(system.useCases(), system.ports(), clock);
    }

    private MemberId memberOf(RosterRow row) {
        return system.findByCard(DEMO, MemberSymbol.parse(row.symbol()), MemberNumber.parse(row.number())).orElseThrow().id();
    }
}
