package jp.kenpo.kennin.application.home;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.TokyoCalendar;
import jp.kenpo.kennin.application.account.LoadAccountPort;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.insurer.NoticePort;
import jp.kenpo.kennin.application.insurer.SurveyYearPort;
import jp.kenpo.kennin.application.insurer.TermsPort;
import jp.kenpo.kennin.application.member.LoadMemberPort;
import jp.kenpo.kennin.application.survey.ListSurveyDependentsService;
import jp.kenpo.kennin.application.survey.ListSurveyDependentsUseCase.SurveyDependents;
import jp.kenpo.kennin.application.survey.SurveySubmissionPort;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.survey.SurveyYear;

public final class ShowMainScreenService implements ShowMainScreenUseCase {
    private final LoadAccountPort accounts;
    private final LoadInsurerPort insurers;
    private final LoadMemberPort members;
    private final SurveyYearPort surveyYears;
    private final NoticePort notices;
    private final TermsPort terms;
    private final SurveySubmissionPort submissions;
    private final AuditTrail audit;
    private final Clock clock;
    private final ListSurveyDependentsService surveyDependents;

    /**
     * @param surveyDependents the list of the member's dependents in the survey, shown on the same screen and
     *                         read here with the account, member and year this screen has loaded already
     */
    public ShowMainScreenService(LoadAccountPort accounts, LoadInsurerPort insurers, LoadMemberPort members,
                                 SurveyYearPort surveyYears, NoticePort notices, TermsPort terms,
                                 SurveySubmissionPort submissions, RecordAuditPort audit, Clock clock,
                                 ListSurveyDependentsService surveyDependents) {
        this.accounts = accounts;
        this.insurers = insurers;
        this.members = members;
        this.surveyYears = surveyYears;
        this.notices = notices;
        this.terms = terms;
        this.submissions = submissions;
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
        this.surveyDependents = surveyDependents;
    }

    /** Empty for an unknown account and for one registered for an earlier survey year. */
    @Override
    public Optional<MainScreen> showMainScreen(AccountId accountId, ClientAddress client) {
        Optional<Account> account = accounts.loadAccount(accountId);
        Optional<MainScreen> screen = account.flatMap(a -> insurers.loadInsurer(a.insurer()).filter(a::isCurrentFor)
                .flatMap(insurer -> members.loadMember(a.member()).map(member -> screen(a, insurer, member))));
        screen.ifPresent(s -> audit.account(AuditAction.MAIN_SCREEN_VIEWED, account.get(), client, ""));
        return screen;
    }

    private MainScreen screen(Account account, Insurer insurer, InsuredMember member) {
        LocalDate today = TokyoCalendar.today(clock);
        Optional<SurveyYear> year = surveyYears.loadSurveyYear(insurer.code(), insurer.currentFiscalYear());
        Optional<SurveySummary> survey = year.map(y -> summary(y, member, today));
        boolean mustAcceptTerms = account.mustAccept(terms.currentTerms(insurer.code()));
        // Behind the terms page nothing of the survey is shown: not read either.
        SurveyDependents progress = year.filter(y -> !mustAcceptTerms)
                .map(y -> surveyDependents.listSurveyDependents(account, insurer, member, y))
                .orElseGet(SurveyDependents::noSurvey);
        return new MainScreen(member.name().written(), member.name().kana(), insurer.displayName(), member.email().masked(),
                survey, notices.publishedNotices(insurer.code(), today), insurer.contact(), mustAcceptTerms, progress);
    }

    /** The member's own deadline: the survey's, or the later day staff extended it to for this member. */
    private SurveySummary summary(SurveyYear year, InsuredMember member, LocalDate today) {
        SurveyDeadline deadline = year.deadlineFor(submissions.deadlineExtension(year.insurer(), year.fiscalYear(), member.id()));
        return new SurveySummary(year.title(), deadline.day(), ChronoUnit.DAYS.between(today, deadline.day()),
                deadline.isPast(clock.instant()));
    }
}
