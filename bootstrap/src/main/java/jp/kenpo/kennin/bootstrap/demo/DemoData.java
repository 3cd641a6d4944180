package jp.kenpo.kennin.bootstrap.demo;

import static jp.kenpo.kennin.bootstrap.demo.DemoContent.INSURER_CODE;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kenpo.kennin.application.account.LoadAccountPort;
import jp.kenpo.kennin.application.account.SaveAccountPort;
import jp.kenpo.kennin.application.insurer.NoticePort;
import jp.kenpo.kennin.application.insurer.NoticePort.NewAttachment;
import jp.kenpo.kennin.application.insurer.OpenSurveyYearUseCase;
import jp.kenpo.kennin.application.insurer.OpenSurveyYearUseCase.OpenSurveyYearCommand;
import jp.kenpo.kennin.application.insurer.OpenSurveyYearUseCase.OpenSurveyYearResult;
import jp.kenpo.kennin.application.insurer.PostNoticeUseCase;
import jp.kenpo.kennin.application.insurer.PostNoticeUseCase.PostNoticeCommand;
import jp.kenpo.kennin.application.insurer.PostNoticeUseCase.PostNoticeResult;
import jp.kenpo.kennin.application.insurer.PublishTermsUseCase;
import jp.kenpo.kennin.application.insurer.PublishTermsUseCase.PublishTermsCommand;
import jp.kenpo.kennin.application.insurer.PublishTermsUseCase.PublishTermsResult;
import jp.kenpo.kennin.application.insurer.SetUpInsurerUseCase;
import jp.kenpo.kennin.application.insurer.SetUpInsurerUseCase.SetUpInsurerCommand;
import jp.kenpo.kennin.application.insurer.SetUpInsurerUseCase.SetUpInsurerResult;
import jp.kenpo.kennin.application.insurer.TermsPort;
import jp.kenpo.kennin.application.member.LoadMemberPort;
import jp.kenpo.kennin.application.roster.DependentRosterRow;
import jp.kenpo.kennin.application.roster.ImportDependentsUseCase;
import jp.kenpo.kennin.application.roster.ImportDependentsUseCase.ImportDependentsCommand;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterCommand;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterResult;
import jp.kenpo.kennin.application.roster.RosterRow;
import jp.kenpo.kennin.application.security.PasswordHasher;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.credential.UserId;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;
import jp.kenpo.kennin.domain.notice.Notice;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.survey.SurveyScope;

/**
 * Fills an installation with a fictitious insurer to try the member journey on: ~200 members
 * with their families, a survey of dependents aged 18 or more open for the current fiscal year, terms of use, two notices and one account that can
 * log in at once. Everything goes through the same use cases staff would use, so the demo
 * shows the real rules at work.
 *
 * <p>Seeding is safe to repeat on every start: the insurer and roster are upserts, terms and
 * notices are added only when missing, the account only when the member has none for this
 * year. The survey deadline is moved to 30 days from today each time, so a demo restarted weeks
 * later still shows an open survey.
 */
public final class DemoData {
    public static final String USER_ID = "demo-user";
    /** Satisfies {@link CredentialPolicy#manualDefault()}: letters, digits and a symbol from ?!@#$%&()_+. */
    public static final String PASSWORD = "Demo#2026pass";
    static final int MEMBERS = 200;
    static final int DAYS_TO_DEADLINE = 30;
    /** The usual scope: dependents of age, whose income may have changed since they were certified. */
    static final int SURVEYED_FROM_AGE = 18;
    private static final InsurerCode INSURER = new InsurerCode(INSURER_CODE);

    /** The use cases the demo is made through. */
    public record UseCases(SetUpInsurerUseCase setUpInsurer, ImportRosterUseCase importRoster,
                           ImportDependentsUseCase importDependents, OpenSurveyYearUseCase openSurveyYear, PublishTermsUseCase publishTerms,
                           PostNoticeUseCase postNotice) {
    }

    /**
     * Out-ports for what no use case offers: making an account without a mailed code, and
     * reading what exists so that nothing is added twice.
     */
    public record Ports(LoadMemberPort members, LoadAccountPort loadAccount, SaveAccountPort saveAccount,
                        PasswordHasher passwordHasher, TermsPort terms, NoticePort notices) {
    }

    private final UseCases useCases;
    private final Ports ports;
    private final Clock clock;
    private final List<RosterRow> roster = DemoRoster.generate(MEMBERS);

    public DemoData(UseCases useCases, Ports ports, Clock clock) {
        this.useCases = useCases;
        this.ports = ports;
        this.clock = clock;
    }

    public DemoGuide seed() {
        // Japanese dates whatever zone the given clock is in, as the application counts them.
        LocalDate today = LocalDate.ofInstant(clock.instant(), SurveyDeadline.TOKYO);
        int fiscalYear = fiscalYearOf(today);
        LocalDate deadline = today.plusDays(DAYS_TO_DEADLINE);
        setUpInsurer(fiscalYear);
        importRoster();
        importDependents(fiscalYear);
        openSurvey(fiscalYear, today, deadline);
        publishTermsOnce();
        postNoticesOnce(fiscalYear, today, deadline);
        ensureAccount(fiscalYear);
        return new DemoGuide(INSURER_CODE, USER_ID, PASSWORD, roster.get(1), deadline);
    }

    /** 年度: April to March. */
    static int fiscalYearOf(LocalDate day) {
        return day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1;
    }

    /** The generated members, in roster order; the first holds the demo account, the second is left for 初回認証. */
    List<RosterRow> roster() {
        return roster;
    }

    private void setUpInsurer(int fiscalYear) {
        SetUpInsurerResult result = useCases.setUpInsurer().setUpInsurer(new SetUpInsurerCommand(INSURER_CODE,
                DemoContent.INSURER_NAME, DemoContent.SENDER_ADDRESS, DemoContent.CONTACT, CredentialPolicy.manualDefault(),
                fiscalYear));
        if (result instanceof SetUpInsurerResult.Invalid invalid) {
            throw refused("insurer", invalid);
        }
    }

    private void importRoster() {
        ImportRosterResult result = useCases.importRoster().importRoster(
                new ImportRosterCommand(INSURER_CODE, Optional.empty(), roster));
        if (!(result instanceof ImportRosterResult.Imported)) {
            throw refused("roster", result);
        }
    }

    /** Birth dates follow the fiscal year, so re-seeding within a year changes nothing. */
    private void importDependents(int fiscalYear) {
        List<DependentRosterRow> dependents = DemoDependents.generate(roster, fiscalYear);
        ImportRosterResult result = useCases.importDependents().importDependents(
                new ImportDependentsCommand(INSURER_CODE, dependents));
        if (!(result instanceof ImportRosterResult.Imported)) {
            throw refused("dependents", result);
        }
    }

    private void openSurvey(int fiscalYear, LocalDate today, LocalDate deadline) {
        OpenSurveyYearResult result = useCases.openSurveyYear().openSurveyYear(
                new OpenSurveyYearCommand(INSURER_CODE, fiscalYear, DemoContent.surveyTitle(fiscalYear), today, deadline,
                        Optional.of(today), SurveyScope.agedAtLeast(SURVEYED_FROM_AGE)));
        // NotLaterThanCurrent: the data already has a later year (a clock set back); keep it.
        if (result instanceof OpenSurveyYearResult.Invalid || result instanceof OpenSurveyYearResult.UnknownInsurer) {
            throw refused("survey year", result);
        }
    }

    private void publishTermsOnce() {
        if (ports.terms().currentTerms(INSURER).isPresent()) {
            return;
        }
        PublishTermsResult result = useCases.publishTerms().publishTerms(new PublishTermsCommand(INSURER_CODE, DemoContent.TERMS_V1));
        if (!(result instanceof PublishTermsResult.Published)) {
            throw refused("terms", result);
        }
    }

    private void postNoticesOnce(int fiscalYear, LocalDate today, LocalDate deadline) {
        Set<String> posted = ports.notices().publishedNotices(INSURER, today).stream()
                .map(Notice::title).collect(Collectors.toSet());
        List<PostNoticeCommand> notices = List.of(
                new PostNoticeCommand(INSURER_CODE, DemoContent.surveyNoticeTitle(fiscalYear),
                        DemoContent.surveyNoticeBody(fiscalYear, deadline), today, List.of()),
                new PostNoticeCommand(INSURER_CODE, DemoContent.FAQ_NOTICE_TITLE, DemoContent.FAQ_NOTICE_BODY, today,
                        List.of(new NewAttachment(DemoContent.FAQ_FILE_NAME, DemoContent.FAQ_CONTENT_TYPE,
                                DemoContent.FAQ_ATTACHMENT.getBytes(StandardCharsets.UTF_8)))));
        for (PostNoticeCommand notice : notices) {
            if (!posted.contains(notice.title())) {
                PostNoticeResult result = useCases.postNotice().postNotice(notice);
                if (!(result instanceof PostNoticeResult.Posted)) {
                    throw refused("notice", result);
                }
            }
        }
    }

    private void ensureAccount(int fiscalYear) {
        RosterRow holder = roster.get(0);
        InsuredMember member = ports.members()
                .findByCard(INSURER, MemberSymbol.parse(holder.symbol()), MemberNumber.parse(holder.number()))
                .orElseThrow(() -> new IllegalStateException("demo member " + holder.symbol() + "-" + holder.number() + " was not stored"));
        UserId userId = UserId.of(USER_ID);
        // By member, not by user ID: the store never replaces a member's current account (issue 8), so
        // one the member made themselves this year is kept rather than refused at every start.
        boolean hasCurrentAccount = ports.loadAccount().findByMember(member.id()).stream()
                .anyMatch(account -> account.fiscalYear() == fiscalYear);
        if (!hasCurrentAccount) {
            ports.saveAccount().createAccount(member.id(), INSURER, userId, ports.passwordHasher().hash(PASSWORD), fiscalYear,
                    clock.instant());
        }
    }

    // The demo's own data was refused: a bug in this class or a changed rule, never the user's doing.
    private static IllegalStateException refused(String what, Object result) {
        return new IllegalStateException("demo " + what + " was refused: " + result);
    }
}
