package jp.kenpo.kennin.bootstrap;

import jp.kenpo.kennin.application.account.ChooseLanguageService;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import jp.kenpo.kennin.adapters.web.survey.UploadBodyRefusal;
import java.util.ArrayList;
import java.util.List;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Stream;
import jp.kenpo.kennin.adapters.documents.FileSystemDocumentStorage;
import jp.kenpo.kennin.adapters.persistence.insurer.NoticeRepository;
import jp.kenpo.kennin.adapters.web.staff.setup.InsurerPages;
import jp.kenpo.kennin.adapters.web.staff.setup.NoticePages;
import jp.kenpo.kennin.adapters.web.staff.setup.RosterPages;
import jp.kenpo.kennin.adapters.web.staff.setup.SettingsPages;
import jp.kenpo.kennin.adapters.web.staff.setup.SurveyYearPages;
import jp.kenpo.kennin.adapters.web.staff.setup.TermsPages;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.document.DocumentLimits;
import jp.kenpo.kennin.application.insureradmin.CreateInsurerService;
import jp.kenpo.kennin.application.insureradmin.CreateInsurerUseCase;
import jp.kenpo.kennin.application.insureradmin.ListInsurersService;
import jp.kenpo.kennin.application.insureradmin.ListInsurersUseCase;
import jp.kenpo.kennin.application.insureradmin.PublishTermsVersionService;
import jp.kenpo.kennin.application.insureradmin.PublishTermsVersionUseCase;
import jp.kenpo.kennin.application.insureradmin.ShowCurrentTermsService;
import jp.kenpo.kennin.application.insureradmin.ShowCurrentTermsUseCase;
import jp.kenpo.kennin.application.insureradmin.ShowInsurerSettingsService;
import jp.kenpo.kennin.application.insureradmin.ShowInsurerSettingsUseCase;
import jp.kenpo.kennin.application.insureradmin.UpdateInsurerSettingsService;
import jp.kenpo.kennin.application.insureradmin.UpdateInsurerSettingsUseCase;
import jp.kenpo.kennin.application.notice.AttachNoticeFileService;
import jp.kenpo.kennin.application.notice.AttachNoticeFileUseCase;
import jp.kenpo.kennin.application.notice.ChangeNoticeStateService;
import jp.kenpo.kennin.application.notice.ChangeNoticeStateUseCase;
import jp.kenpo.kennin.application.notice.CreateNoticeService;
import jp.kenpo.kennin.application.notice.CreateNoticeUseCase;
import jp.kenpo.kennin.application.notice.EditNoticeService;
import jp.kenpo.kennin.application.notice.EditNoticeUseCase;
import jp.kenpo.kennin.application.notice.ListNoticesUseCase;
import jp.kenpo.kennin.application.notice.NoticeQueriesService;
import jp.kenpo.kennin.application.notice.OpenNoticeAttachmentUseCase;
import jp.kenpo.kennin.application.notice.RemoveNoticeAttachmentService;
import jp.kenpo.kennin.application.notice.RemoveNoticeAttachmentUseCase;
import jp.kenpo.kennin.application.notice.ShowNoticeUseCase;
import jp.kenpo.kennin.application.review.ExtendSurveyDeadlineService;
import jp.kenpo.kennin.application.review.ExtendSurveyDeadlineUseCase;
import jp.kenpo.kennin.application.review.ReturnSurveyResponseService;
import jp.kenpo.kennin.application.review.ReturnSurveyResponseUseCase;
import jp.kenpo.kennin.application.roster.HoldRosterService;
import jp.kenpo.kennin.application.roster.HoldRosterUseCase;
import jp.kenpo.kennin.application.roster.UploadRosterService;
import jp.kenpo.kennin.application.roster.UploadRosterUseCase;
import jp.kenpo.kennin.application.survey.DeleteSurveyDocumentService;
import jp.kenpo.kennin.application.survey.ShowSurveyConfirmationService;
import jp.kenpo.kennin.application.survey.DownloadSubmissionReceiptService;
import jp.kenpo.kennin.application.survey.ShowSurveyDocumentsService;
import jp.kenpo.kennin.application.survey.SubmitSurveyService;
import jp.kenpo.kennin.application.survey.SurveyPorts;
import jp.kenpo.kennin.application.survey.UploadSurveyDocumentService;
import jp.kenpo.kennin.application.survey.ViewSurveyDocumentService;
import jp.kenpo.kennin.adapters.mail.MailAdapters;
import jp.kenpo.kennin.adapters.mail.SmtpSettings;
import jp.kenpo.kennin.adapters.persistence.Database;
import jp.kenpo.kennin.adapters.web.WebApp;
import jp.kenpo.kennin.adapters.web.staff.StaffPages;
import jp.kenpo.kennin.adapters.web.staff.StaffRouteTable;
import jp.kenpo.kennin.adapters.web.staff.StaffSessions;
import jp.kenpo.kennin.adapters.web.staff.StaffSite;
import jp.kenpo.kennin.adapters.web.staff.StaffWebSettings;
// --- staffweb ---
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.staff.people.StaffPeoplePages;
import jp.kenpo.kennin.adapters.web.staff.signin.EnrolmentPages;
import jp.kenpo.kennin.adapters.web.staff.signin.SignInPages;
import jp.kenpo.kennin.adapters.web.WebSettings;
import jp.kenpo.kennin.adapters.web.WebUseCases;
import jp.kenpo.kennin.application.OnboardingSettings;
import jp.kenpo.kennin.application.account.ConfirmEmailChangeService;
import jp.kenpo.kennin.application.account.RemindUserIdService;
import jp.kenpo.kennin.application.account.RequestEmailChangeService;
import jp.kenpo.kennin.application.account.RequestPasswordResetService;
import jp.kenpo.kennin.application.account.ResetPasswordService;
import jp.kenpo.kennin.application.dependent.ListDependentsInScopeService;
import jp.kenpo.kennin.application.dependent.ListDependentsInScopeUseCase;
import jp.kenpo.kennin.application.home.DownloadNoticeAttachmentService;
import jp.kenpo.kennin.application.home.ShowMainScreenService;
import jp.kenpo.kennin.application.survey.DeclareNoLongerEligibleService;
import jp.kenpo.kennin.application.survey.ListSurveyDependentsService;
import jp.kenpo.kennin.application.survey.SaveSurveyAnswersService;
import jp.kenpo.kennin.application.survey.ShowSurveyFormService;
import jp.kenpo.kennin.application.insurer.OpenSurveyYearService;
import jp.kenpo.kennin.application.insurer.PostNoticeService;
import jp.kenpo.kennin.application.insurer.PublishTermsService;
import jp.kenpo.kennin.application.insurer.SetUpInsurerService;
import jp.kenpo.kennin.application.login.AcceptTermsService;
import jp.kenpo.kennin.application.login.LogInService;
import jp.kenpo.kennin.application.login.LogOutService;
import jp.kenpo.kennin.application.login.ShowTermsService;
import jp.kenpo.kennin.application.mail.SendMailPort;
// --- progress ---
import jp.kenpo.kennin.adapters.web.staff.progress.ProgressPages;
import jp.kenpo.kennin.adapters.web.staff.progress.ProgressUseCases;
import jp.kenpo.kennin.adapters.web.staff.review.ReviewQueuePages;
import jp.kenpo.kennin.application.progress.ExportNonSubmittersService;
import jp.kenpo.kennin.application.progress.KeepProgressAfterSetup;
import jp.kenpo.kennin.application.progress.ListReviewQueueService;
import jp.kenpo.kennin.application.progress.ListReviewQueueUseCase;
import jp.kenpo.kennin.application.progress.MemberProgressTracker;
import jp.kenpo.kennin.application.progress.RebuildProgressService;
import jp.kenpo.kennin.application.progress.RebuildProgressUseCase;
import jp.kenpo.kennin.application.progress.ShowSurveyProgressService;
import jp.kenpo.kennin.bootstrap.demo.DemoGuide;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
// --- results ---
import jp.kenpo.kennin.adapters.reports.ReportSheetWriter;
import jp.kenpo.kennin.adapters.reports.ReportSummaryWriter;
import jp.kenpo.kennin.adapters.reports.SubmissionReceiptPdf;
import jp.kenpo.kennin.adapters.web.staff.results.ResultsPages;
import jp.kenpo.kennin.adapters.web.staff.results.ResultsUseCases;
import jp.kenpo.kennin.application.results.ExportResultsService;
import jp.kenpo.kennin.application.results.ResultSummaryService;
// --- screens ---
import jp.kenpo.kennin.adapters.documents.DocumentRenditions;
import jp.kenpo.kennin.adapters.web.staff.review.ReviewCasePages;
import jp.kenpo.kennin.application.review.CountDocumentPagesService;
import jp.kenpo.kennin.application.review.CountDocumentPagesUseCase;
import jp.kenpo.kennin.application.review.ViewDocumentRenditionService;
import jp.kenpo.kennin.application.review.ViewDocumentRenditionUseCase;
// --- review ---
import jp.kenpo.kennin.application.progress.ProgressTracker;
import jp.kenpo.kennin.application.review.ApproveDecisionService;
import jp.kenpo.kennin.application.review.ChangeFourEyesService;
import jp.kenpo.kennin.application.review.ShowFourEyesService;
import jp.kenpo.kennin.application.review.ClaimReviewService;
import jp.kenpo.kennin.application.review.DecideDependentService;
import jp.kenpo.kennin.application.review.RejectDocumentService;
import jp.kenpo.kennin.application.review.RequestExtraDocumentService;
import jp.kenpo.kennin.application.review.ReviewPorts;
import jp.kenpo.kennin.application.review.ReviewUseCases;
import jp.kenpo.kennin.application.review.SendBackResponseService;
import jp.kenpo.kennin.application.review.ShowReviewCaseService;
// --- helpdesk ---
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.staff.helpdesk.HelpDeskPages;
import jp.kenpo.kennin.adapters.web.staff.helpdesk.HelpDeskUseCases;
import jp.kenpo.kennin.application.helpdesk.ExportAuditLogService;
import jp.kenpo.kennin.application.helpdesk.FindMemberService;
import jp.kenpo.kennin.application.helpdesk.HelpDeskPorts;
import jp.kenpo.kennin.application.helpdesk.QueryAuditLogService;
import jp.kenpo.kennin.application.helpdesk.ResendMemberCodeService;
import jp.kenpo.kennin.application.helpdesk.SaveAnswersForMemberService;
import jp.kenpo.kennin.application.helpdesk.ShowMemberCaseService;
import jp.kenpo.kennin.application.helpdesk.SubmitForMemberService;
import jp.kenpo.kennin.application.helpdesk.UnlockMemberService;
import jp.kenpo.kennin.application.helpdesk.UploadDocumentForMemberService;
import jp.kenpo.kennin.application.helpdesk.ViewMemberDocumentService;
import jp.kenpo.kennin.application.helpdesk.WriteCallNoteService;
import jp.kenpo.kennin.application.mail.MailLogging;
import jp.kenpo.kennin.application.review.ExtendMemberDeadlineService;
import jp.kenpo.kennin.application.review.ReturnMemberResponseService;
import jp.kenpo.kennin.application.registration.ChooseCredentialsService;
import jp.kenpo.kennin.application.registration.ConfirmRegistrationService;
import jp.kenpo.kennin.application.registration.IdentifyMemberService;
import jp.kenpo.kennin.application.registration.ResendRegistrationCodeService;
import jp.kenpo.kennin.application.registration.SignupLimits;
import jp.kenpo.kennin.application.registration.UnlockSignupService;
import jp.kenpo.kennin.application.registration.UnlockSignupUseCase;
import jp.kenpo.kennin.application.registration.UnlockSignupUseCase.UnlockSignupCommand;
import jp.kenpo.kennin.application.registration.UnlockSignupUseCase.UnlockSignupResult;
import jp.kenpo.kennin.application.roster.ImportDependentsService;
import jp.kenpo.kennin.application.roster.ImportDependentsUseCase;
import jp.kenpo.kennin.application.roster.ImportRosterService;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase;
import jp.kenpo.kennin.application.surveyyear.SetUpSurveyYearService;
import jp.kenpo.kennin.application.surveyyear.SetUpSurveyYearUseCase;
import jp.kenpo.kennin.application.surveyyear.ShowSurveyYearService;
import jp.kenpo.kennin.application.surveyyear.ShowSurveyYearUseCase;
import jp.kenpo.kennin.application.transaction.Transactions;
import jp.kenpo.kennin.bootstrap.background.AfterAnswerPool;
import jp.kenpo.kennin.adapters.cli.Application;
import jp.kenpo.kennin.adapters.cli.ConsoleMessages;
import jp.kenpo.kennin.bootstrap.config.KenninConfig;
import jp.kenpo.kennin.adapters.crypto.Argon2PasswordHasher;
import jp.kenpo.kennin.adapters.crypto.HmacSecretDigest;
import jp.kenpo.kennin.adapters.crypto.SecureRandomSecrets;
import jp.kenpo.kennin.bootstrap.demo.DemoData;
// --- identity ---
import jp.kenpo.kennin.adapters.crypto.AesGcmSecretSealer;
import jp.kenpo.kennin.adapters.crypto.Totp;
import jp.kenpo.kennin.application.staff.CompleteStaffEnrolmentService;
import jp.kenpo.kennin.application.staff.CompleteStaffEnrolmentUseCase;
import jp.kenpo.kennin.application.staff.CreateOperatorService;
import jp.kenpo.kennin.application.staff.CreateOperatorUseCase;
import jp.kenpo.kennin.application.staff.CreateStaffService;
import jp.kenpo.kennin.application.staff.CreateStaffUseCase;
import jp.kenpo.kennin.application.staff.DisableStaffService;
import jp.kenpo.kennin.application.staff.DisableStaffUseCase;
import jp.kenpo.kennin.application.staff.ListStaffService;
import jp.kenpo.kennin.application.staff.ListStaffUseCase;
import jp.kenpo.kennin.application.staff.ReissueOperatorEnrolmentService;
import jp.kenpo.kennin.application.staff.ReissueOperatorEnrolmentUseCase;
import jp.kenpo.kennin.application.staff.ReissueStaffEnrolmentService;
import jp.kenpo.kennin.application.staff.ReissueStaffEnrolmentUseCase;
import jp.kenpo.kennin.application.staff.ShowStaffEnrolmentService;
import jp.kenpo.kennin.application.staff.ShowStaffEnrolmentUseCase;
import jp.kenpo.kennin.application.staff.StaffEnrolmentLinks;
import jp.kenpo.kennin.application.staff.StaffLogInService;
import jp.kenpo.kennin.application.staff.StaffLogInUseCase;
import jp.kenpo.kennin.application.staff.CheckStaffSessionService;
import jp.kenpo.kennin.application.staff.CheckStaffSessionUseCase;
import jp.kenpo.kennin.application.staff.StaffLogOutService;
import jp.kenpo.kennin.application.staff.StaffLogOutUseCase;
import jp.kenpo.kennin.application.staff.StaffMailSender;
import jp.kenpo.kennin.domain.member.EmailAddress;
// --- jobs ---
import jp.kenpo.kennin.adapters.jobs.BackgroundJobs;
import jp.kenpo.kennin.adapters.jobs.JobSettings;
import jp.kenpo.kennin.adapters.jobs.MailThrottle;
import jp.kenpo.kennin.application.letters.GenerateLetterBatchUseCase;
import jp.kenpo.kennin.application.letters.ScheduleLetterBatchPort;
import jp.kenpo.kennin.application.mailing.DeliverOutboxMailsUseCase;
import jp.kenpo.kennin.application.mailing.QueueResultNoticePort;
import jp.kenpo.kennin.application.mailing.StartDueCampaignsUseCase;
import jp.kenpo.kennin.application.mailing.CampaignMailComposer;
import jp.kenpo.kennin.application.mailing.MailDeliveryPort;
import jp.kenpo.kennin.application.mailing.outbox.DeliverOutboxMailsService;
import jp.kenpo.kennin.application.mailing.outbox.StartDueCampaignsService;
import jp.kenpo.kennin.domain.mailing.RetrySchedule;
import java.time.Duration;
// --- ops ---
import jp.kenpo.kennin.application.keyrotation.ResealSecretsUseCase;
import jp.kenpo.kennin.bootstrap.ops.ManagementServer;
import jp.kenpo.kennin.bootstrap.ops.OpsMetrics;
import jp.kenpo.kennin.bootstrap.ops.Readiness;

/**
 * Builds the whole system by hand from its configuration: adapters, then services, then the
 * web app. The only place that knows every module; no container, no scanning.
 */
public final class Wiring implements Application, AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Wiring.class);
    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    // --- perf ---
    /** How long a node keeps an insurer's settings, survey years, terms and notices (README: "Caches"). */
    public static final java.time.Duration SETTINGS_CACHE_TTL = java.time.Duration.ofSeconds(10);
    // --- end perf ---

    private final KenninConfig config;
    private final Clock clock;
    private final HoldRosterUseCase holdRoster;
    private final Database database;
    private final Argon2PasswordHasher passwordHasher;
    private final AfterAnswerPool afterAnswer;
    private final WebUseCases web;
    private final ImportRosterUseCase importRoster;
    private final ImportDependentsUseCase importDependents;
    private final ListDependentsInScopeUseCase dependentsInScope;
    private final DemoData.UseCases staff;
    private final DemoData demoData;
    private final Review review;
    private final UnlockSignupUseCase unlockSignup;
    private final FileSystemDocumentStorage storage;
    // --- identity ---
    private final StaffIdentity staffIdentity;
    // --- sessions ---
    private final CheckStaffSessionUseCase checkStaffSession;
    private final StaffLogOutUseCase staffLogOut;
    private volatile StaffSite staffSite;

    // --- identity ---
    /** The back office's accounts: the staff web and the command line take their use cases from here. */
    public record StaffIdentity(CreateOperatorUseCase createOperator, ShowStaffEnrolmentUseCase showEnrolment,
                                CompleteStaffEnrolmentUseCase completeEnrolment, StaffLogInUseCase logIn,
                                CreateStaffUseCase createStaff, ListStaffUseCase listStaff, DisableStaffUseCase disableStaff,
                                ReissueStaffEnrolmentUseCase reissueEnrolment, ReissueOperatorEnrolmentUseCase reissueOperator) {
    }

    // --- helpdesk ---
    private final HelpDeskUseCases helpDesk;
    // --- results ---
    private final ResultsUseCases results;

    // --- progress ---
    private final RebuildProgressUseCase rebuildProgress;
    private final KeepProgressAfterSetup keepProgress;
    private final ProgressUseCases progress;
    private final ListReviewQueueUseCase reviewQueue;

    /** Rebuilds a survey year's dashboard (members' progress and counts) in batches: for tools and the benchmark. */
    public RebuildProgressUseCase rebuildProgress() {
        return rebuildProgress;
    }

    /** Staff's decisions on submitted surveys; no staff UI yet, so tests and operators call them here. */
    public record Review(ReturnSurveyResponseUseCase returnResponse, ExtendSurveyDeadlineUseCase extendDeadline) {
    }

    private Wiring(KenninConfig config, Clock clock, JobServicesFactory jobServicesFactory, OpsMetrics metrics) {
        this.config = config;
        this.clock = clock;
        this.metrics = metrics; // --- ops ---
        config.secureDataDir();
        try {
            this.database = connect(config.database(), config);
        } catch (RuntimeException e) {
            throw StartException.database(e);
        }
        // Once more: H2 has just created its files with the process's umask, not owner-only.
        config.secureDataDir();
        // roster: previewed files wait in the database; the staff pages hold them, a job forgets them
        this.holdRoster = new HoldRosterService(database.heldRosters(), clock);
        // --- jobs --- the outbox's and the letters' services, and the runner that calls them (started by serve)
        this.jobServices = jobServicesFactory.create(config, database, clock);
        this.backgroundJobs = BackgroundJobs.create(database.dataSource(), new BackgroundJobs.UseCases(
                        jobServices.deliverOutboxMails(), jobServices.startDueCampaigns(), jobServices.generateLetterBatch())
                        // --- objectstore --- the retention job, when KENNIN_DOCUMENT_RETENTION_MONTHS is set
                        .withDocumentPurge(documentPurge(config, clock))
                        .withHeldRosters(holdRoster),
                JobSettings.standard(nodeName(), new MailThrottle(config.mailPerMinute())));
        this.passwordHasher = new Argon2PasswordHasher(config.hashThreads());
        this.afterAnswer = AfterAnswerPool.standard();
        // --- ops --- during a key rotation, codes and links made with the previous secret still verify
        var digest = new HmacSecretDigest(config.secretKey(), config.previousSecretKeys());
        var secrets = new SecureRandomSecrets();
        SendMailPort sender = config.smtp().host()
                .map(host -> MailAdapters.smtp(new SmtpSettings(host, config.smtp().port(), config.smtp().user(),
                        config.smtp().password(), config.smtp().startTls()), clock))
                .orElseGet(() -> MailAdapters.outbox(config.outboxDir(), clock));
        // --- helpdesk --- every mail meant for a member is filed in the mail log the help desk reads.
        SendMailPort mail = new MailLogging(metrics.countingMail(sender), database.mailLog(), clock); // --- ops --- counted
        var settings = OnboardingSettings.defaults(config.baseUrl().toString());

        var insurers = database.insurers();
        var members = database.members();
        var accounts = database.accounts();
        var pending = database.pendingVerifications();
        var failures = database.failureCounter();
        var signupLimits = database.signupLimits();
        // Across codes per member record: 100 compared codes ever (until staff reset), 10 codes a day.
        var signupLimitSettings = SignupLimits.defaults();
        var audit = database.auditLog();
        var terms = database.terms();
        var notices = database.notices();
        var tx = database.transactions();
        // --- perf --- what every member page reads and only staff change, per insurer, cached for a few seconds
        var settingsCache = database.insurerSettingsCache(SETTINGS_CACHE_TTL);
        var cachedInsurers = settingsCache.insurers(insurers);
        var cachedSurveyYears = settingsCache.surveyYears(database.surveyYears());
        var cachedTerms = settingsCache.terms(terms);
        var cachedNotices = settingsCache.notices(notices);
        // --- end perf ---
        var surveyPorts = new SurveyPorts(accounts, cachedInsurers, members, cachedSurveyYears, database.dependents(),
                database.surveyResponses(), database.surveyDocuments(), database.surveySubmissions(),
                settingsCache.overrides(insurers), // perf: cached with the other per-insurer settings
                // --- review --- staff's extra document requests are lines of the member's checklist
                database.review());
        var documentLimits = new DocumentLimits(config.maxUploadBytes(), DocumentLimits.defaults().maxPixels(),
                DocumentLimits.defaults().maxPdfPages());
        // --- objectstore --- kept documents on this disk or in a bucket, as KENNIN_DOCUMENT_STORE says
        var storage = documentStorage(config, documentLimits, clock);
        this.storage = storage;
        // --- progress --- every member-side write below keeps the dashboard's read model in its transaction, and the
        // set-up steps that change whom a year counts rebuild it afterwards.
        var progressTracker = new MemberProgressTracker(database.surveyYears(), database.progress(), database.progress());
        this.rebuildProgress = new RebuildProgressService(insurers, database.surveyYears(), database.progress(),
                database.progress(), tx);
        this.keepProgress = new KeepProgressAfterSetup(rebuildProgress);
        this.progress = new ProgressUseCases(new ShowSurveyProgressService(insurers, database.surveyYears(), database.progress(),
                clock), new ExportNonSubmittersService(insurers, database.surveyYears(), database.progress(), audit, clock));
        this.reviewQueue = new ListReviewQueueService(insurers, database.surveyYears(), database.progress(), audit, clock);

        // The survey's save, upload and submission serve both the member's pages and the help desk's 代行入力.
        var saveSurveyAnswers = new SaveSurveyAnswersService(surveyPorts, tx, audit, clock, progressTracker);
        var uploadSurveyDocument = new UploadSurveyDocumentService(surveyPorts, storage, documentLimits, tx, audit, clock);
        var submitSurvey = new SubmitSurveyService(surveyPorts, secrets, mail, settings.loginUrl(), tx, audit, clock,
                progressTracker);
        this.web = new WebUseCases(
                new IdentifyMemberService(members, insurers, failures, digest, audit, clock, settings),
                new ChooseCredentialsService(members, insurers, accounts, pending, passwordHasher, secrets, digest, mail,
                        audit, clock, settings, signupLimits, signupLimitSettings),
                new ConfirmRegistrationService(members, insurers, pending, accounts, digest, tx, mail, signupLimits,
                        signupLimitSettings, settings, audit, clock, progressTracker),
                new ResendRegistrationCodeService(members, insurers, pending, secrets, digest, mail, audit, clock, settings,
                        signupLimits, signupLimitSettings),
                new LogInService(accounts, cachedInsurers, cachedTerms, passwordHasher, digest, failures, audit, clock, settings),
                new LogOutService(accounts, audit, clock),
                new ShowTermsService(accounts, cachedTerms),
                new AcceptTermsService(accounts, accounts, cachedTerms, audit, clock),
                new ShowMainScreenService(accounts, cachedInsurers, members, cachedSurveyYears, cachedNotices, cachedTerms,
                        database.surveySubmissions(), audit, clock, new ListSurveyDependentsService(surveyPorts)),
                new DownloadNoticeAttachmentService(accounts, notices, audit, clock),
                new RequestEmailChangeService(accounts, members, insurers, pending, secrets, digest, mail, passwordHasher,
                        failures, audit, clock, settings),
                new ConfirmEmailChangeService(accounts, members, insurers, pending, members, digest, mail, tx, audit, clock),
                new RequestPasswordResetService(accounts, members, insurers, pending, secrets, digest, mail, failures, audit,
                        clock, settings, afterAnswer),
                new ResetPasswordService(accounts, members, insurers, pending, accounts, passwordHasher, digest, failures,
                        mail, tx, audit, clock),
                new RemindUserIdService(insurers, members, accounts, mail, failures, audit, clock, settings, afterAnswer),
                // The survey: form, proof documents, confirmation and submission.
                new ListSurveyDependentsService(surveyPorts),
                new ShowSurveyFormService(surveyPorts, audit, clock),
                saveSurveyAnswers,
                new DeclareNoLongerEligibleService(surveyPorts, audit, clock, tx, progressTracker),
                new ShowSurveyDocumentsService(surveyPorts, documentLimits, audit, clock),
                metrics.countingUploads(uploadSurveyDocument), // --- ops --- members' uploads counted
                new ViewSurveyDocumentService(surveyPorts, storage, audit, clock),
                new DeleteSurveyDocumentService(surveyPorts, storage, audit, clock),
                new ShowSurveyConfirmationService(surveyPorts, audit, clock),
                submitSurvey,
                new DownloadSubmissionReceiptService(surveyPorts, new SubmissionReceiptPdf(), audit, clock),
                new ChooseLanguageService(accounts)); // --- english ---
        this.review = new Review(new ReturnSurveyResponseService(surveyPorts, mail, settings.loginUrl(), audit, clock, tx,
                progressTracker),
                new ExtendSurveyDeadlineService(surveyPorts, audit, clock, tx, progressTracker));
        this.unlockSignup = new UnlockSignupService(members, signupLimits, audit, clock);
        this.importRoster = keepProgress.importRoster(new ImportRosterService(insurers, insurers, members, tx, audit, clock));
        this.importDependents = keepProgress.importDependents(new ImportDependentsService(insurers, database.dependents(), tx,
                audit, clock)); // roster: members are found by the staged merge, no LoadMemberPort
        this.dependentsInScope = new ListDependentsInScopeService(members, insurers, database.surveyYears(),
                database.dependents());
        this.staff = new DemoData.UseCases(new SetUpInsurerService(insurers, insurers), importRoster, importDependents,
                keepProgress.openSurveyYear(new OpenSurveyYearService(insurers, insurers, database.surveyYears(), tx, audit,
                        clock)),
                new PublishTermsService(insurers, terms, clock), new PostNoticeService(insurers, notices, clock));
        // --- helpdesk ---
        var helpDeskPorts = new HelpDeskPorts(surveyPorts, pending, failures, signupLimits, members,
                database.surveySubmissions(), database.mailLog(), database.helpDesk(), database.helpDesk());
        this.helpDesk = new HelpDeskUseCases(
                new FindMemberService(helpDeskPorts, audit, clock),
                new ShowMemberCaseService(helpDeskPorts, settings, signupLimitSettings, audit, clock),
                new UnlockMemberService(helpDeskPorts, audit, clock),
                new ResendMemberCodeService(helpDeskPorts, web.resendRegistrationCode(), audit, clock),
                new ExtendMemberDeadlineService(surveyPorts, audit, clock, tx, progressTracker),
                new ReturnMemberResponseService(surveyPorts, mail, settings.loginUrl(), audit, clock, tx, progressTracker),
                new WriteCallNoteService(helpDeskPorts, audit, clock),
                new SaveAnswersForMemberService(helpDeskPorts, saveSurveyAnswers, audit, clock),
                new UploadDocumentForMemberService(helpDeskPorts, uploadSurveyDocument, audit, clock),
                new SubmitForMemberService(helpDeskPorts, submitSurvey, audit, clock),
                new ViewMemberDocumentService(helpDeskPorts, storage, audit, clock),
                new QueryAuditLogService(database.auditLogSearch(), audit, clock),
                new ExportAuditLogService(database.auditLogSearch(), audit, clock));
        this.demoData = new DemoData(staff,
                new DemoData.Ports(members, accounts, accounts, passwordHasher, terms, notices),
                clock);

        // --- identity ---
        var staffAccounts = database.staff();
        var totp = Totp.standard();
        // Authenticator secrets sealed under a key of their own, derived from the installation secret.
        var sealer = new AesGcmSecretSealer(config.secretKey(), config.previousSecretKeys()); // --- ops --- rotation
        this.resealSecrets = new jp.kenpo.kennin.application.keyrotation.ResealSecretsService(database.sealedSecrets(), sealer,
                audit, clock); // --- ops ---
        var enrolmentLinks = new StaffEnrolmentLinks(staffAccounts, secrets, digest, settings);
        var installationSender = installationSender(config);
        this.staffIdentity = new StaffIdentity(
                new CreateOperatorService(staffAccounts, enrolmentLinks, tx, audit, clock),
                new ShowStaffEnrolmentService(staffAccounts, enrolmentLinks, totp, sealer, clock),
                new CompleteStaffEnrolmentService(staffAccounts, enrolmentLinks, totp, sealer, passwordHasher, digest, tx, audit,
                        clock),
                new StaffLogInService(staffAccounts, totp, sealer, passwordHasher, digest, failures, audit, clock, settings),
                new CreateStaffService(staffAccounts, insurers, enrolmentLinks, mail, installationSender, tx, audit, clock),
                new ListStaffService(staffAccounts),
                new DisableStaffService(staffAccounts, audit, clock),
                new ReissueStaffEnrolmentService(staffAccounts, insurers, enrolmentLinks, mail, installationSender, tx, audit,
                        clock),
                new ReissueOperatorEnrolmentService(staffAccounts, enrolmentLinks, tx, audit, clock));

        // --- results --- the export and the summary read the database and write through adapters-reports.
        var resultSummary = new ResultSummaryService(insurers, database.surveyYears(), database.results(),
                new ReportSummaryWriter(), audit, clock);
        this.results = new ResultsUseCases(new ExportResultsService(insurers, database.surveyYears(), database.results(),
                new ReportSheetWriter(), audit, clock), resultSummary, resultSummary);

        // --- setup ---
        this.setup = setUp(config, clock, tx, audit);
        // --- sessions ---
        this.checkStaffSession = new CheckStaffSessionService(staffAccounts, audit, clock);
        this.staffLogOut = new StaffLogOutService(audit, clock);
        // --- review ---
        this.reviewUseCases = wireReview(surveyPorts, staffAccounts, mail, settings.loginUrl(), tx, audit, progressTracker);
        // --- screens --- members' files as page images for the review screen, made beside the documents
        var renditions = new DocumentRenditions(storage, documentLimits, config.documentsDir().resolve("rendering"));
        this.documentRenditions = new ViewDocumentRenditionService(surveyPorts, renditions, audit, clock);
        this.documentPageCounts = new CountDocumentPagesService(surveyPorts, renditions);
    }

    // --- screens ---
    private final ViewDocumentRenditionUseCase documentRenditions;
    private final CountDocumentPagesUseCase documentPageCounts;

    // --- review ---
    private final ReviewUseCases reviewUseCases;

    /** The review screen's use cases (審査): the staff web's review pages take them from here. */
    public ReviewUseCases reviewScreen() {
        return reviewUseCases;
    }

    /** The insurer's four-eyes setting, for the settings page. */
    public jp.kenpo.kennin.application.review.FourEyesPort fourEyes() {
        return database.review();
    }

    private ReviewUseCases wireReview(SurveyPorts surveyPorts, jp.kenpo.kennin.application.staff.StaffPort staffAccounts,
                                  SendMailPort mail, String loginUrl, Transactions tx, RecordAuditPort audit,
                                  ProgressTracker progressTracker) {
        var reviewRows = database.review();
        // --- jobs --- the decision that completes a member queues their result notice in the outbox
        var ports = new ReviewPorts(surveyPorts, database.reviewDecisions(), reviewRows, reviewRows, reviewRows, reviewRows,
                jobServices.queueResultNotice(), staffAccounts, tx, progressTracker);
        return new ReviewUseCases(new ShowReviewCaseService(ports, audit, clock), new ClaimReviewService(ports, audit, clock),
                new DecideDependentService(ports, audit, clock),
                new ApproveDecisionService(ports, audit, clock),
                new RejectDocumentService(ports, mail, loginUrl, audit, clock),
                new RequestExtraDocumentService(ports, mail, loginUrl, audit, clock),
                new SendBackResponseService(ports, mail, loginUrl, audit, clock));
    }

    // --- identity ---
    /**
     * The sender of mails no insurer sends (enrolment links for operators who have an address):
     * {@code noreply@} the host of the base URL, or of {@code localhost.localdomain} when that
     * host has no domain.
     */
    private static StaffMailSender installationSender(KenninConfig config) {
        String host = String.valueOf(config.baseUrl().getHost());
        String domain = host.contains(".") && !host.chars().allMatch(c -> c == '.' || Character.isDigit(c))
                ? host : "localhost.localdomain";
        try {
            return new StaffMailSender(EmailAddress.parse("noreply@" + domain), "kenpo-kennin");
        } catch (jp.kenpo.kennin.domain.InvalidValueException e) {
            return new StaffMailSender(EmailAddress.parse("noreply@localhost.localdomain"), "kenpo-kennin");
        }
    }

    /** Staff accounts, enrolment and sign-in, for the staff web. */
    public StaffIdentity staffIdentity() {
        return staffIdentity;
    }

    @Override
    public CreateOperatorResult createOperator(CreateOperatorCommand command) {
        return staffIdentity.createOperator().createOperator(command);
    }

    @Override
    public ReissueOperatorEnrolmentResult reissueOperatorEnrolment(ReissueOperatorEnrolmentCommand command) {
        return staffIdentity.reissueOperator().reissueOperatorEnrolment(command);
    }


    // --- setup ---
    private final SetupUseCases setup;

    /** What the back office uses to set an insurer up (issue 9): insurers, settings, terms, notices, rosters, survey year. */
    public record SetupUseCases(CreateInsurerUseCase createInsurer, ListInsurersUseCase listInsurers,
                                ShowInsurerSettingsUseCase showInsurerSettings,
                                UpdateInsurerSettingsUseCase updateInsurerSettings,
                                ShowCurrentTermsUseCase showCurrentTerms, PublishTermsVersionUseCase publishTermsVersion,
                                ListNoticesUseCase listNotices,
                                ShowNoticeUseCase showNotice, OpenNoticeAttachmentUseCase openNoticeAttachment,
                                CreateNoticeUseCase createNotice, EditNoticeUseCase editNotice,
                                ChangeNoticeStateUseCase changeNoticeState, AttachNoticeFileUseCase attachNoticeFile,
                                RemoveNoticeAttachmentUseCase removeNoticeAttachment, UploadRosterUseCase uploadRoster,
                                HoldRosterUseCase holdRoster, SetUpSurveyYearUseCase setUpSurveyYear,
                                ShowSurveyYearUseCase showSurveyYear) {
    }

    /**
     * Notice attachments go through the members' document inspection with limits for manuals: the
     * notice table's 20 MB and more pages than a certificate has. They are only staged and
     * inspected there (then kept in the database with their notice), never kept as files.
     */
    private SetupUseCases setUp(KenninConfig config, Clock clock, Transactions tx, RecordAuditPort audit) {
        var insurers = database.insurers();
        var notices = database.staffNotices();
        var attachmentLimits = new DocumentLimits(NoticeRepository.MAX_ATTACHMENT_BYTES, DocumentLimits.defaults().maxPixels(),
                MAX_MANUAL_PAGES);
        var attachmentInspection = new FileSystemDocumentStorage(config.documentsDir(), attachmentLimits);
        var queries = new NoticeQueriesService(notices);
        var openSurveyYear = new OpenSurveyYearService(insurers, insurers, database.surveyYears(), tx, audit, clock);
        return new SetupUseCases(new CreateInsurerService(insurers, audit, clock), new ListInsurersService(insurers),
                new ShowInsurerSettingsService(insurers, insurers, database.terms(), database.surveyYears()),
                new UpdateInsurerSettingsService(insurers, insurers, audit, clock),
                new ShowCurrentTermsService(database.terms()),
                new PublishTermsVersionService(new PublishTermsService(insurers, database.terms(), clock), database.terms(), audit,
                        clock),
                queries, queries, queries,
                new CreateNoticeService(notices, audit, clock), new EditNoticeService(notices, audit, clock),
                new ChangeNoticeStateService(notices, audit, clock),
                new AttachNoticeFileService(notices, attachmentInspection, NoticeRepository.MAX_ATTACHMENT_BYTES, audit, clock),
                new RemoveNoticeAttachmentService(notices, audit, clock),
                keepProgress.uploadRoster(new UploadRosterService(database.members(), database.dependents(), tx, audit,
                        clock)), // roster: staged, the preview counts on the stage
                holdRoster,
                keepProgress.setUpSurveyYear(new SetUpSurveyYearService(insurers, database.members(), database.dependents(),
                        openSurveyYear, audit, clock)),
                new ShowSurveyYearService(insurers, database.surveyYears()));
    }

    /** A PDF manual of several hundred pages is normal; members' proof documents stay at their own limit. */
    private static final int MAX_MANUAL_PAGES = 500;

    public SetupUseCases setupUseCases() {
        return setup;
    }
    // --- end setup ---

    // --- objectstore ---
    /** The bucket's client when documents are kept in object storage; closed with the wiring. */
    private jp.kenpo.kennin.adapters.documents.objectstore.S3KeptDocuments objectStore;

    /**
     * Uploads are always received and inspected under the data directory; accepted documents are
     * kept there too, or in the bucket of {@code KENNIN_DOCUMENT_STORE=s3}. At start
     * ({@link #cleanUpAfterCrash}) a bucket only has objects older than an hour set aside, since
     * another node sharing it may be about to commit the row of a younger one.
     */
    private synchronized FileSystemDocumentStorage documentStorage(KenninConfig config, DocumentLimits limits, Clock clock) {
        if (memberDocuments != null) {
            return memberDocuments;
        }
        var s3 = config.documentStore().objectStore();
        if (s3.isEmpty()) {
            memberDocuments = new FileSystemDocumentStorage(config.documentsDir(), limits);
        } else {
            objectStore = jp.kenpo.kennin.adapters.documents.objectstore.S3KeptDocuments.connect(s3.get(), clock);
            LOG.info("documents are kept in object storage: {}", s3.get());
            memberDocuments = new FileSystemDocumentStorage(config.documentsDir(), limits, objectStore);
        }
        return memberDocuments;
    }

    /** Made once, by whichever of the job runner and the web's use cases asks first. */
    private FileSystemDocumentStorage memberDocuments;

    /**
     * The retention job: a survey year's document files are deleted once its last deadline (the
     * survey's, or the latest a member was granted) is more than the set months past; the rows stay,
     * marked purged. Unset: no job, documents are kept for ever.
     */
    private java.util.Optional<jp.kenpo.kennin.adapters.jobs.DocumentPurge> documentPurge(KenninConfig config, Clock clock) {
        return config.documentStore().retentionMonths().map(months -> {
            var limits = new DocumentLimits(config.maxUploadBytes(), DocumentLimits.defaults().maxPixels(),
                    DocumentLimits.defaults().maxPdfPages());
            var purge = new jp.kenpo.kennin.application.retention.PurgeExpiredDocumentsService(database.documentRetention(),
                    documentStorage(config, limits, clock), database.auditLog(),
                    new jp.kenpo.kennin.application.retention.DocumentRetention(months));
            LOG.info("document retention: files of a survey year are purged {} month(s) after its last deadline", months);
            return jp.kenpo.kennin.adapters.jobs.DocumentPurge.standard(purge, clock);
        });
    }

    private void closeObjectStore() {
        if (objectStore != null) {
            objectStore.close();
        }
    }

    /** The members' document storage as wired (for the readiness probe and tests). */
    public jp.kenpo.kennin.application.document.DocumentStoragePort documentStorage() {
        return storage;
    }
    // --- end objectstore ---

    /** The production wiring: system clock in Tokyo time. */
    // --- perf ---
    /** Statements this process has sent to the database through jOOQ, for the tests that hold pages to a budget. */
    public long statementsExecuted() {
        return database.statementCounter().executed();
    }
    // --- end perf ---

    public static Wiring of(KenninConfig config) {
        return withClock(config, Clock.system(TOKYO));
    }

    /** With a given clock, for tests that need to move time (code expiry, lockouts). */
    public static Wiring withClock(KenninConfig config, Clock clock) {
        // --- ops --- the outbox worker's deliveries are counted in this wiring's metrics
        OpsMetrics metrics = new OpsMetrics();
        return new Wiring(config, clock, (c, d, k) -> outboxJobServices(c, d, k, metrics), metrics);
    }

    private static Database connect(KenninConfig.Database db, KenninConfig config) {
        return db.url()
                .map(url -> Database.connect(url, db.user(), db.password()))
                .orElseGet(() -> Database.connectEmbedded(config.dataDir(), config.embeddedDatabasePassword()));
    }

    public WebUseCases webUseCases() {
        return web;
    }

    /** The insurer's own operations (set-up, roster, survey year, terms, notices); no staff UI yet. */
    public DemoData.UseCases staffUseCases() {
        return staff;
    }

    public Review reviewUseCases() {
        return review;
    }

    // --- helpdesk ---
    /** The help desk's and the audit log's use cases, as the staff pages call them. */
    public HelpDeskUseCases helpDeskUseCases() {
        return helpDesk;
    }

    // --- results ---
    /** The result export and the board's summary, as the staff pages call them. */
    public ResultsUseCases resultsUseCases() {
        return results;
    }

    /** A member's dependents in scope of the current survey year, for staff tooling and tests. */
    public ListDependentsInScopeUseCase dependentsInScope() {
        return dependentsInScope;
    }

    /** Starts the web server on the given port (0: any free port) and returns it running. */
    public Javalin startWeb(int port) {
        WebSettings webSettings = WebSettings.forBaseUrl(config.baseUrl().toString(), clock)
                .withMaxUploadBytes(config.maxUploadBytes())
                .withTrustedProxies(config.network().trustedProxies());
        StaffWebSettings staffSettings = StaffWebSettings.defaults(webSettings.secureCookies(), clock);
        // --- sessions ---: each request checks the account behind its session; sign-out and expiry are audited
        // --- sessions-db --- member and staff sessions are rows of this database: any node serves any request
        StaffSessions staffSessions = new StaffSessions(staffSettings, database.sessions(), checkStaffSession, staffLogOut,
                new ClientAddresses(config.network().trustedProxies()));
        Javalin app = WebApp.create(web, database.sessions(), webSettings, uploadSpool(), javalin -> {
            // --- end sessions-db ---
            staffSite = StaffSite.install(javalin, staffSettings, staffSessions, staffPages(staffSessions));
            installOps(javalin); // --- ops --- /readyz and the request timer
            // The server's limits are the larger of the two sites': rosters and long terms of use are bigger than
            // anything a member sends. Members' forms keep their own small limit (CsrfProtection), and only a
            // signed-in member or staff member can make the server read a file at all.
            long files = Math.max(UploadBodyRefusal.multipartFileLimit(webSettings.maxUploadBytes()),
                    StaffWebSettings.MAX_UPLOAD_BYTES);
            javalin.jetty.multipartConfig.maxFileSize(files, SizeUnit.BYTES);
            javalin.jetty.multipartConfig.maxTotalRequestSize(files + StaffWebSettings.MAX_FORM_BYTES, SizeUnit.BYTES);
            javalin.http.maxRequestSize = Math.max(webSettings.maxFormBytes(), StaffWebSettings.MAX_FORM_BYTES);
        });
        return config.network().httpBind().map(address -> app.start(address, port)).orElseGet(() -> app.start(port));
    }

    /** Every back-office route of the started server (the role and tenant-isolation tests walk them). */
    public List<StaffRouteTable.StaffRoute> staffRoutes() {
        if (staffSite == null) {
            throw new IllegalStateException("the web server has not been started");
        }
        return staffSite.routes();
    }

    /** The back office's capabilities, each registering its pages under /admin. */
    private List<StaffPages> staffPages(StaffSessions staffSessions) {
        List<StaffPages> pages = new ArrayList<>();
        // --- staffweb ---
        ClientAddresses staffClients = new ClientAddresses(config.network().trustedProxies());
        pages.add(new SignInPages(staffIdentity.logIn(), staffSessions, staffClients));
        pages.add(new EnrolmentPages(staffIdentity.showEnrolment(), staffIdentity.completeEnrolment(), staffClients));
        pages.add(new StaffPeoplePages(staffIdentity.listStaff(), staffIdentity.createStaff(), staffIdentity.disableStaff(),
                staffIdentity.reissueEnrolment(), staffSessions, staffClients));
        // --- helpdesk ---
        pages.add(new HelpDeskPages(helpDesk, staffClients));
        // --- results ---
        pages.add(new ResultsPages(results, staffClients));
        // --- setup ---
        pages.add(new InsurerPages(setup.listInsurers(), setup.createInsurer(), staffClients));
        // --- review --- the four-eyes rule is set on the settings page
        pages.add(new SettingsPages(setup.showInsurerSettings(), setup.updateInsurerSettings(), staffClients,
                java.util.Optional.of(new SettingsPages.FourEyesSetting(new ShowFourEyesService(database.review()),
                        new ChangeFourEyesService(database.review(), database.auditLog(), clock)))));
        pages.add(new TermsPages(setup.showCurrentTerms(), setup.publishTermsVersion(), staffClients));
        pages.add(new NoticePages(new NoticePages.UseCases(setup.listNotices(), setup.showNotice(), setup.openNoticeAttachment(),
                setup.createNotice(), setup.editNotice(), setup.changeNoticeState(), setup.attachNoticeFile(),
                setup.removeNoticeAttachment()), NoticeRepository.MAX_ATTACHMENT_BYTES, staffClients));
        pages.add(new RosterPages(setup.uploadRoster(), setup.holdRoster(), staffClients));
        pages.add(new SurveyYearPages(setup.showSurveyYear(), setup.setUpSurveyYear(), staffClients));
        // --- screens ---
        pages.add(new ReviewCasePages(reviewUseCases, documentRenditions, documentPageCounts, staffClients));
        // --- progress ---
        pages.add(new ProgressPages(progress, staffClients));
        pages.add(new ReviewQueuePages(reviewQueue, staffClients));
        // --- campaigns ---
        pages.add(new jp.kenpo.kennin.adapters.web.staff.mailing.MailingPages(mailingUseCases(), staffClients));
        // --- letters ---
        pages.add(new jp.kenpo.kennin.adapters.web.staff.letters.LetterPages(letterUseCases(), staffClients));
        return pages;
    }

    @Override
    public void serve() {
        try {
            cleanUpAfterCrash();
        } catch (UncheckedIOException e) {
            throw StartException.documents(e);
        }
        Javalin app = startWeb(config.httpPort());
        // --- jobs --- the outbox worker, campaign starts and letter batches run beside the web server
        startBackgroundJobs();
        startManagement(); // --- ops ---
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            close();
        }, "kennin-shutdown"));
    }

    /**
     * Before the first request: removes what a killed process left half done (staged uploads,
     * kept files whose row never committed). Only the serving process does this; the commands
     * run beside a live server and must not touch its uploads in flight.
     */
    public FileSystemDocumentStorage.Cleanup cleanUpAfterCrash() {
        Set<String> referenced = database.referencedDocumentIds();
        FileSystemDocumentStorage.Cleanup cleanup = storage.cleanUpAfterCrash(id -> referenced.contains(id.value()));
        int spooled = emptyUploadSpool();
        if (cleanup.stagedDeleted() + cleanup.unreferencedQuarantined() + spooled > 0) {
            LOG.warn("after an unclean stop: deleted {} unfinished upload(s) and {} spooled request part(s), moved {} document"
                    + " file(s) without a database row to {}", cleanup.stagedDeleted(), spooled, cleanup.unreferencedQuarantined(),
                    // --- objectstore --- a folder or s3://bucket/prefix/quarantine/
                    storage.quarantineDescription());
        }
        return cleanup;
    }

    /** Where Jetty spools uploads beyond 64 KiB: inside the private data directory, not the shared /tmp. */
    private Path uploadSpool() {
        Path spool = config.dataDir().resolve("upload-spool");
        try {
            if (spool.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectories(spool, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(spool);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + spool, e);
        }
        return spool;
    }

    private int emptyUploadSpool() {
        Path spool = uploadSpool();
        int deleted = 0;
        try (Stream<Path> files = Files.list(spool)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.deleteIfExists(file);
                deleted++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty " + spool, e);
        }
        return deleted;
    }

    @Override
    public void seedDemo(PrintStream out) {
        ConsoleMessages messages = ConsoleMessages.standard();
        DemoGuide guide = demoData.seed();
        // --- progress --- the demo registers its member's account directly, past the tracker: count it afresh.
        rebuildProgress.rebuildProgress(RebuildProgressUseCase.RebuildProgressCommand.currentYear(
                InsurerCode.parse(guide.insurerCode())));
        guide.print(out, messages, config.baseUrl(), config.outboxDir());
        // The back office: a demo operator, whose one-time link is printed once; later runs do not reset an
        // operator who may have enrolled already, they say how to get a new link.
        CreateOperatorResult operator = createOperator(new CreateOperatorCommand(DEMO_OPERATOR, "デモ 運用担当"));
        if (operator instanceof CreateOperatorResult.Created created) {
            out.println(messages.bilingual("demo.backOffice.link", DEMO_OPERATOR, created.enrolmentLink()));
        } else {
            out.println(messages.bilingual("demo.backOffice.existing", DEMO_OPERATOR, config.baseUrl() + "/admin/login"));
        }
        out.println();
    }

    /** The operator the demo creates for trying the back office. */
    public static final String DEMO_OPERATOR = "demo.operator";

    @Override
    public ImportRosterResult importRoster(ImportRosterCommand command) {
        return importRoster.importRoster(command);
    }

    @Override
    public ImportRosterResult importDependents(ImportDependentsCommand command) {
        return importDependents.importDependents(command);
    }

    @Override
    public ReturnSurveyResponseResult returnSurveyResponse(ReturnSurveyResponseCommand command) {
        return review.returnResponse().returnSurveyResponse(command);
    }

    @Override
    public ExtendSurveyDeadlineResult extendSurveyDeadline(ExtendSurveyDeadlineCommand command) {
        return review.extendDeadline().extendSurveyDeadline(command);
    }

    @Override
    public UnlockSignupResult unlockSignup(UnlockSignupCommand command) {
        return unlockSignup.unlockSignup(command);
    }

    @Override
    public void close() {
        closeOps(); // --- ops --- the management port first: nothing to report once the rest is gone
        // --- jobs --- first: running jobs finish (bounded) while the database is still there
        backgroundJobs.close();
        afterAnswer.close();
        passwordHasher.close();
        // --- objectstore ---
        closeObjectStore();
        database.close();
    }

    // --- campaigns ---
    private jp.kenpo.kennin.adapters.web.staff.mailing.MailingUseCases mailingUseCases;

    /** The 管理者's campaign mail screens; the test mail goes through the same delivery as the outbox worker's. */
    public synchronized jp.kenpo.kennin.adapters.web.staff.mailing.MailingUseCases mailingUseCases() {
        if (mailingUseCases == null) {
            mailingUseCases = wireMailings(campaignDelivery(config, clock));
        }
        return mailingUseCases;
    }

    private jp.kenpo.kennin.adapters.web.staff.mailing.MailingUseCases wireMailings(
            jp.kenpo.kennin.application.mailing.MailDeliveryPort campaignDelivery) {
        var campaigns = database.campaigns();
        var audit = database.auditLog();
        var samples = new jp.kenpo.kennin.application.mailing.campaign.MailSamples(database.insurers(), campaigns, campaigns,
                new jp.kenpo.kennin.application.mailing.CampaignMailComposer(config.baseUrl().toString()));
        var campaignService = new jp.kenpo.kennin.application.mailing.campaign.CampaignsService(samples, database.surveyYears(),
                campaigns, campaigns, database.transactions(), audit, clock);
        var templates = new jp.kenpo.kennin.application.mailing.campaign.MailTemplatesService(campaigns, audit, clock);
        var sampleService = new jp.kenpo.kennin.application.mailing.campaign.MailSamplesService(samples, database.staff(),
                campaignDelivery, new SecureRandomSecrets(), audit, clock);
        return new jp.kenpo.kennin.adapters.web.staff.mailing.MailingUseCases(campaignService, campaignService, campaignService,
                new jp.kenpo.kennin.application.mailing.campaign.ExportUndeliverableAddressesService(campaigns, campaigns,
                        new jp.kenpo.kennin.adapters.reports.UndeliverableCsvWriter(), audit, clock),
                templates, templates, sampleService, sampleService);
    }

    // --- letters ---
    private jp.kenpo.kennin.adapters.web.staff.letters.LetterUseCases letters;

    /**
     * Letters for members without usable mail, made into PDFs under the data directory's owner-only
     * {@code letters} by the background job runner's one-time task ({@link #letterGenerator}).
     */
    private synchronized jp.kenpo.kennin.adapters.web.staff.letters.LetterUseCases letterUseCases() {
        if (letters == null) {
            var audit = database.auditLog();
            var insurers = database.insurers();
            var years = database.surveyYears();
            var batches = database.letters();
            letters = new jp.kenpo.kennin.adapters.web.staff.letters.LetterUseCases(
                    new jp.kenpo.kennin.application.letters.ListLetterBatchesService(insurers, batches, batches),
                    new jp.kenpo.kennin.application.letters.RequestLetterBatchService(insurers, years, batches, batches,
                            scheduleLetterBatch(), audit, clock),
                    new jp.kenpo.kennin.application.letters.DownloadLetterBatchService(batches, letterFiles(config), audit,
                            clock));
        }
        return letters;
    }

    private static jp.kenpo.kennin.adapters.reports.letters.LetterFiles letterFiles(KenninConfig config) {
        return new jp.kenpo.kennin.adapters.reports.letters.LetterFiles(config.dataDir().resolve("letters"));
    }

    /** What the job runner's one-time letter task runs: a batch's PDF, written to a part file and moved. */
    private static GenerateLetterBatchUseCase letterGenerator(KenninConfig config, Database database, Clock clock) {
        var batches = database.letters();
        return new jp.kenpo.kennin.application.letters.GenerateLetterBatchService(batches, database.insurers(),
                database.surveyYears(), batches, new jp.kenpo.kennin.adapters.reports.letters.LetterPdf(), letterFiles(config),
                new CampaignMailComposer(config.baseUrl().toString()), clock);
    }

    /** The letters page's use cases, for tests that make a batch without the page. */
    public jp.kenpo.kennin.adapters.web.staff.letters.LetterUseCases letterPagesUseCases() {
        return letterUseCases();
    }


    // --- jobs ---
    private final JobServices jobServices;
    private final BackgroundJobs backgroundJobs;

    /** What the background jobs call and the review queues into. */
    public record JobServices(DeliverOutboxMailsUseCase deliverOutboxMails, StartDueCampaignsUseCase startDueCampaigns,
                              GenerateLetterBatchUseCase generateLetterBatch, QueueResultNoticePort queueResultNotice) {
    }

    /** Makes the {@link JobServices} from the connected database: the one place the mailing branches plug in. */
    @FunctionalInterface
    public interface JobServicesFactory {
        JobServices create(KenninConfig config, Database database, Clock clock);
    }

    /** With other job services, for tests. */
    public static Wiring withJobServices(KenninConfig config, Clock clock, JobServicesFactory jobServices) {
        return new Wiring(config, clock, jobServices, new OpsMetrics());
    }

    /**
     * How long a mail may stay SENDING before a worker run takes it for a dead worker's and sends
     * it again. A live run stops taking mails after {@link JobSettings#maxOutboxRun()} (10 s) and
     * each SMTP step gives up after 10 s, so a mail still being handed over a minute after it was
     * taken is a dead node's; the outbox's own default (15 min) would hold a crashed campaign's
     * last batch that long, while db-scheduler hands the worker itself over after 20 s.
     */
    static final Duration OUTBOX_STUCK_AFTER = Duration.ofMinutes(1);

    /** The outbox's worker, campaign start and result-notice queue, and the letters' batch generation. */
    private static JobServices outboxJobServices(KenninConfig config, Database database, Clock clock, OpsMetrics metrics) {
        var outbox = database.outbox();
        MailDeliveryPort delivery = metrics.countingDelivery(campaignDelivery(config, clock)); // --- ops --- counted
        var composer = new CampaignMailComposer(config.baseUrl().toString());
        return new JobServices(
                new DeliverOutboxMailsService(outbox, outbox, database.insurers(), delivery, composer, database.mailLog(),
                        database.transactions(), RetrySchedule.standard(), OUTBOX_STUCK_AFTER, clock),
                new StartDueCampaignsService(outbox, database.insurers(), database.transactions(), clock),
                letterGenerator(config, database, clock),
                outbox);
    }

    /** Campaign mails (and their tests) go to the SMTP server, or into the outbox folder when there is none. */
    private static MailDeliveryPort campaignDelivery(KenninConfig config, Clock clock) {
        return config.smtp().host()
                .map(host -> MailAdapters.smtpDelivery(new SmtpSettings(host, config.smtp().port(), config.smtp().user(),
                        config.smtp().password(), config.smtp().startTls()), clock))
                .orElseGet(() -> MailAdapters.outboxDelivery(config.outboxDir(), clock));
    }

    /** Starts the outbox worker, campaign starts and letter batches on this node (serve does; tests may). */
    public void startBackgroundJobs() {
        backgroundJobs.start();
    }

    /** Where the letters' request schedules a batch's PDF. */
    public ScheduleLetterBatchPort scheduleLetterBatch() {
        return backgroundJobs;
    }

    /** The job services as wired, for tests that run the worker once by hand. */
    public JobServices jobServices() {
        return jobServices;
    }

    /** Host and process: two processes on one machine are two nodes. */
    private static String nodeName() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "kennin";
        }
        return host + "-" + ProcessHandle.current().pid();
    }

    // --- ops ---
    private final OpsMetrics metrics;
    private final ResealSecretsUseCase resealSecrets;
    private volatile Readiness readiness;
    private volatile ManagementServer management;
    private boolean watching;

    /** The database answers "select 1" within the deadline and the document storage is usable. */
    public synchronized Readiness readiness() {
        if (readiness == null) {
            var probe = database.operationsProbe();
            readiness = Readiness.of(() -> probe.ping(2), storage);
        }
        return readiness;
    }

    /** What Prometheus scrapes; also for tests. */
    public OpsMetrics metrics() {
        return metrics;
    }

    /** /readyz beside /healthz on the site's port (the load balancer asks it), and every request timed by its route. */
    private void installOps(io.javalin.config.JavalinConfig javalin) {
        metrics.timeRequests(javalin);
        Readiness ready = readiness();
        javalin.routes.get("/readyz", ctx -> {
            Readiness.Report report = ready.check();
            ctx.status(report.ready() ? 200 : 503).header("Cache-Control", "no-store").contentType("application/json")
                    .result(report.json());
        }, jp.kenpo.kennin.adapters.web.support.Access.ANONYMOUS);
    }

    /**
     * The management port with /metrics, when {@code KENNIN_MANAGEMENT_PORT} is set; also the pool
     * and outbox gauges, which only a serving node needs. Returns the port (0 when there is none).
     */
    public synchronized int startManagement() {
        if (management != null) {
            return management.port();
        }
        if (!watching) {
            watching = true;
            metrics.watchHashing(passwordHasher);
            metrics.watchConnectionPool(database.dataSource());
            var probe = database.operationsProbe();
            metrics.watchOutbox(probe::outboxDepth);
        }
        if (config.ops().managementPort().isEmpty()) {
            return 0;
        }
        management = ManagementServer.start(config.ops().managementBind(), config.ops().managementPort().getAsInt(), metrics,
                readiness());
        LOG.info("management port (/metrics, /healthz, /readyz) on {}:{}", config.ops().managementBind(), management.port());
        return management.port();
    }

    private void closeOps() {
        if (management != null) {
            management.close();
        }
        if (readiness != null) {
            readiness.close();
        }
    }

    @Override
    public ResealSecretsUseCase.ResealSecretsResult resealSecrets(ResealSecretsUseCase.ResealSecretsCommand command) {
        return resealSecrets.resealSecrets(command);
    }
    // --- end ops ---
}
