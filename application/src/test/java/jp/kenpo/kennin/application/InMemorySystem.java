package jp.kenpo.kennin.application;

import java.time.LocalDate;
import jp.kenpo.kennin.application.document.DocumentLimits;
import jp.kenpo.kennin.application.fakes.InMemoryDocumentStorage;
import jp.kenpo.kennin.application.fakes.InMemorySurveyDocuments;
import jp.kenpo.kennin.application.fakes.InMemorySurveySubmissions;
import jp.kenpo.kennin.application.review.ExtendSurveyDeadlineService;
import jp.kenpo.kennin.application.review.ReturnSurveyResponseService;
import jp.kenpo.kennin.application.survey.DeleteSurveyDocumentService;
import jp.kenpo.kennin.application.survey.ShowSurveyConfirmationService;
import jp.kenpo.kennin.application.survey.ShowSurveyDocumentsService;
import jp.kenpo.kennin.application.survey.SubmitSurveyService;
import jp.kenpo.kennin.application.survey.SurveyPorts;
import jp.kenpo.kennin.application.survey.UploadSurveyDocumentService;
import jp.kenpo.kennin.application.survey.ViewSurveyDocumentService;
import jp.kenpo.kennin.application.account.ConfirmEmailChangeService;
import jp.kenpo.kennin.application.account.RemindUserIdService;
import jp.kenpo.kennin.application.account.RequestEmailChangeService;
import jp.kenpo.kennin.application.account.RequestPasswordResetService;
import jp.kenpo.kennin.application.account.ResetPasswordService;
import jp.kenpo.kennin.application.fakes.FakePasswordHasher;
import jp.kenpo.kennin.application.fakes.FakeSecretDigest;
import jp.kenpo.kennin.application.dependent.ListDependentsInScopeService;
import jp.kenpo.kennin.application.fakes.InMemoryAccounts;
import jp.kenpo.kennin.application.fakes.InMemoryDependents;
import jp.kenpo.kennin.application.fakes.InMemoryFailureCounter;
import jp.kenpo.kennin.application.fakes.InMemorySignupLimits;
import jp.kenpo.kennin.application.fakes.InMemoryInsurers;
import jp.kenpo.kennin.application.fakes.InMemoryMembers;
import jp.kenpo.kennin.application.fakes.InMemoryNotices;
import jp.kenpo.kennin.application.fakes.InMemoryPendingVerifications;
import jp.kenpo.kennin.application.fakes.InMemorySurveyResponses;
import jp.kenpo.kennin.application.fakes.InMemorySurveyYears;
import jp.kenpo.kennin.application.survey.DeclareNoLongerEligibleService;
import jp.kenpo.kennin.application.survey.ListSurveyDependentsService;
import jp.kenpo.kennin.application.survey.SaveSurveyAnswersService;
import jp.kenpo.kennin.application.survey.ShowSurveyFormService;
import jp.kenpo.kennin.application.fakes.InMemoryTerms;
import jp.kenpo.kennin.application.fakes.InlineTransactions;
import jp.kenpo.kennin.application.fakes.MutableClock;
import jp.kenpo.kennin.application.fakes.RecordingAuditLog;
import jp.kenpo.kennin.application.fakes.DeferredWork;
import jp.kenpo.kennin.application.fakes.RecordingMailer;
import jp.kenpo.kennin.application.fakes.SequentialSecrets;
import jp.kenpo.kennin.application.home.DownloadNoticeAttachmentService;
import jp.kenpo.kennin.application.home.ShowMainScreenService;
import jp.kenpo.kennin.application.insurer.OpenSurveyYearService;
import jp.kenpo.kennin.application.insurer.PostNoticeService;
import jp.kenpo.kennin.application.insurer.PublishTermsService;
import jp.kenpo.kennin.application.insurer.SetUpInsurerService;
import jp.kenpo.kennin.application.login.AcceptTermsService;
import jp.kenpo.kennin.application.login.LogInService;
import jp.kenpo.kennin.application.login.LogOutService;
import jp.kenpo.kennin.application.login.ShowTermsService;
import jp.kenpo.kennin.application.mail.Mail;
import jp.kenpo.kennin.application.registration.ChooseCredentialsService;
import jp.kenpo.kennin.application.registration.ChooseCredentialsUseCase.ChooseCredentialsCommand;
import jp.kenpo.kennin.application.registration.ChooseCredentialsUseCase.ChooseCredentialsResult;
import jp.kenpo.kennin.application.registration.ConfirmRegistrationService;
import jp.kenpo.kennin.application.registration.ConfirmRegistrationUseCase.ConfirmRegistrationCommand;
import jp.kenpo.kennin.application.registration.ConfirmRegistrationUseCase.ConfirmRegistrationResult;
import jp.kenpo.kennin.application.registration.IdentifyMemberService;
import jp.kenpo.kennin.application.registration.ResendRegistrationCodeService;
import jp.kenpo.kennin.application.registration.SignupLimits;
import jp.kenpo.kennin.application.roster.ImportDependentsService;
import jp.kenpo.kennin.application.roster.ImportRosterService;
import jp.kenpo.kennin.application.roster.RosterEntry;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.credential.UserId;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.insurer.InsurerContact;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;
import jp.kenpo.kennin.domain.member.PersonName;

/**
 * Every use case wired to in-memory fakes, as {@code bootstrap} wires them to the real adapters,
 * with a clock at 2025-07-10 10:00 JST and helpers to set up insurers, members and accounts.
 * Shipped in the test-jar so other modules' tests can drive real use cases without a database.
 */
public final class InMemorySystem {
    public static final String BASE_URL = "https://kennin.example.jp";

    public final MutableClock clock = MutableClock.at("2025-07-10T01:00:00Z");
    public final OnboardingSettings settings = OnboardingSettings.defaults(BASE_URL);

    public final InMemoryInsurers insurers = new InMemoryInsurers();
    public final InMemoryMembers members = new InMemoryMembers();
    public final InMemoryDependents dependents = new InMemoryDependents(members);
    public final InMemoryAccounts accounts = new InMemoryAccounts();
    public final InMemoryPendingVerifications pending = new InMemoryPendingVerifications();
    public final InMemoryFailureCounter failures = new InMemoryFailureCounter();
    public final InMemorySignupLimits signupLimits = new InMemorySignupLimits();
    public final SignupLimits signupLimitSettings = SignupLimits.defaults();
    public final InMemoryTerms terms = new InMemoryTerms();
    public final InMemoryNotices notices = new InMemoryNotices();
    public final InMemorySurveyYears surveyYears = new InMemorySurveyYears();
    public final InMemorySurveyResponses surveyResponses = new InMemorySurveyResponses();
    public final InMemorySurveyDocuments surveyDocuments = new InMemorySurveyDocuments(surveyResponses);
    public final InMemorySurveySubmissions submissions = new InMemorySurveySubmissions();
    public final InMemoryDocumentStorage storage = new InMemoryDocumentStorage();
    public final DocumentLimits documentLimits = new DocumentLimits(1024, 50_000_000L, 50);
    public final RecordingAuditLog audit = new RecordingAuditLog();
    public final RecordingMailer mailer = new RecordingMailer();
    public final FakePasswordHasher passwordHasher = new FakePasswordHasher();
    public final FakeSecretDigest digest = new FakeSecretDigest();
    public final SequentialSecrets secrets = new SequentialSecrets();
    public final InlineTransactions transactions = new InlineTransactions();
    public final DeferredWork afterAnswer = new DeferredWork();

    public final IdentifyMemberService identifyMember = new IdentifyMemberService(members, insurers, failures, digest, audit, clock,
            settings);
    public final ChooseCredentialsService chooseCredentials = new ChooseCredentialsService(members, insurers, accounts, pending,
            passwordHasher, secrets, digest, mailer, audit, clock, settings, signupLimits, signupLimitSettings);
    public final ConfirmRegistrationService confirmRegistration = new ConfirmRegistrationService(members, insurers, pending,
            accounts, digest, transactions, mailer, signupLimits, signupLimitSettings, settings, audit, clock);
    public final ResendRegistrationCodeService resendRegistrationCode = new ResendRegistrationCodeService(members, insurers,
            pending, secrets, digest, mailer, audit, clock, settings, signupLimits, signupLimitSettings);
    public final LogInService logIn = new LogInService(accounts, insurers, terms, passwordHasher, digest, failures, audit, clock, settings);
    public final LogOutService logOut = new LogOutService(accounts, audit, clock);
    public final ShowTermsService showTerms = new ShowTermsService(accounts, terms);
    public final AcceptTermsService acceptTerms = new AcceptTermsService(accounts, accounts, terms, audit, clock);
    public final DownloadNoticeAttachmentService downloadNoticeAttachment = new DownloadNoticeAttachmentService(accounts, notices,
            audit, clock);
    public final RequestEmailChangeService requestEmailChange = new RequestEmailChangeService(accounts, members, insurers, pending,
            secrets, digest, mailer, passwordHasher, failures, audit, clock, settings);
    public final ConfirmEmailChangeService confirmEmailChange = new ConfirmEmailChangeService(accounts, members, insurers, pending,
            members, digest, mailer, transactions, audit, clock);
    public final RequestPasswordResetService requestPasswordReset = new RequestPasswordResetService(accounts, members, insurers,
            pending, secrets, digest, mailer, failures, audit, clock, settings, afterAnswer);
    public final ResetPasswordService resetPassword = new ResetPasswordService(accounts, members, insurers, pending, accounts,
            passwordHasher, digest, failures, mailer, transactions, audit, clock);
    public final RemindUserIdService remindUserId = new RemindUserIdService(insurers, members, accounts, mailer, failures, audit,
            clock, settings, afterAnswer);
    public final ImportRosterService importRoster = new ImportRosterService(insurers, insurers, members, transactions, audit, clock);
    public final ImportDependentsService importDependents = new ImportDependentsService(insurers, dependents,
            transactions, audit, clock);
    public final ListDependentsInScopeService listDependentsInScope = new ListDependentsInScopeService(members, insurers,
            surveyYears, dependents);
    /** Staff's decisions, claims, refused files and extra requests; the member's checklist reads the requests. */
    public final jp.kenpo.kennin.application.fakes.InMemoryReviews reviews =
            new jp.kenpo.kennin.application.fakes.InMemoryReviews(surveyResponses, surveyDocuments);
    public final SurveyPorts surveyPorts = new SurveyPorts(accounts, insurers, members, surveyYears, dependents,
            surveyResponses, surveyDocuments, submissions, jp.kenpo.kennin.application.insurer.LoadInsurerOverridesPort.none(),
            reviews);
    public final ListSurveyDependentsService listSurveyDependents = new ListSurveyDependentsService(surveyPorts);
    public final ShowMainScreenService showMainScreen = new ShowMainScreenService(accounts, insurers, members, surveyYears,
            notices, terms, submissions, audit, clock, listSurveyDependents);
    public final ShowSurveyFormService showSurveyForm = new ShowSurveyFormService(surveyPorts, audit, clock);
    public final SaveSurveyAnswersService saveSurveyAnswers = new SaveSurveyAnswersService(surveyPorts, transactions, audit,
            clock);
    public final DeclareNoLongerEligibleService declareNoLongerEligible = new DeclareNoLongerEligibleService(surveyPorts, audit,
            clock);
    public final ShowSurveyDocumentsService showSurveyDocuments = new ShowSurveyDocumentsService(surveyPorts, documentLimits,
            audit, clock);
    public final UploadSurveyDocumentService uploadSurveyDocument = new UploadSurveyDocumentService(surveyPorts, storage,
            documentLimits, transactions, audit, clock);
    public final ViewSurveyDocumentService viewSurveyDocument = new ViewSurveyDocumentService(surveyPorts, storage, audit, clock);
    public final DeleteSurveyDocumentService deleteSurveyDocument = new DeleteSurveyDocumentService(surveyPorts, storage, audit,
            clock);
    public final ShowSurveyConfirmationService showSurveyConfirmation = new ShowSurveyConfirmationService(surveyPorts, audit,
            clock);
    public final SubmitSurveyService submitSurvey = new SubmitSurveyService(surveyPorts, secrets, mailer, settings.loginUrl(),
            transactions, audit, clock);
    public final ReturnSurveyResponseService returnSurveyResponse = new ReturnSurveyResponseService(surveyPorts, mailer,
            settings.loginUrl(), audit, clock);
    public final ExtendSurveyDeadlineService extendSurveyDeadline = new ExtendSurveyDeadlineService(surveyPorts, audit, clock);
    public final SetUpInsurerService setUpInsurer = new SetUpInsurerService(insurers, insurers);
    public final OpenSurveyYearService openSurveyYear = new OpenSurveyYearService(insurers, insurers, surveyYears, transactions,
            audit, clock);
    public final PublishTermsService publishTerms = new PublishTermsService(insurers, terms, clock);
    public final PostNoticeService postNotice = new PostNoticeService(insurers, notices, clock);

    /** An insurer in the manual's shape: sender {@code <code>-kenpo@ibss.example.jp}, contact {@code help@<code>.example.jp}. */
    public Insurer insurer(String code, String displayName, int fiscalYear) {
        Insurer insurer = new Insurer(new InsurerCode(code), displayName, new EmailAddress(code + "-kenpo@ibss.example.jp"),
                new InsurerContact("0120-000-000", "平日10時～17時", "help@" + code + ".example.jp", ""),
                CredentialPolicy.manualDefault(), fiscalYear);
        insurers.saveInsurer(insurer);
        return insurer;
    }

    public InsuredMember member(Insurer insurer, String symbol, String number, String name, String kana, LocalDate birthDate,
                                String email) {
        return members.add(insurer.code(), new RosterEntry(MemberSymbol.parse(symbol), MemberNumber.parse(number),
                new PersonName(name, kana), birthDate, EmailAddress.parse(email), ""));
    }

    /** Registers through the use cases, as the member would: choose credentials, then type the mailed code. */
    public Account register(InsuredMember member, String userId, String password) {
        ChooseCredentialsResult chosen = chooseCredentials.chooseCredentials(
                new ChooseCredentialsCommand(member.id(), userId, password, password, ClientAddress.local()));
        if (!(chosen instanceof ChooseCredentialsResult.CodeSent)) {
            throw new IllegalStateException("registration refused: " + chosen);
        }
        ConfirmRegistrationResult confirmed = confirmRegistration.confirmRegistration(
                new ConfirmRegistrationCommand(member.id(), codeIn(mailer.last()), ClientAddress.local()));
        if (!(confirmed instanceof ConfirmRegistrationResult.Registered)) {
            throw new IllegalStateException("registration not confirmed: " + confirmed);
        }
        return accounts.findByUserId(UserId.of(userId)).orElseThrow();
    }

    /** The 6-digit code a code mail carries. */
    public static String codeIn(Mail mail) {
        String code = mail.params().get("code");
        if (code == null) {
            throw new AssertionError("not a code mail: " + mail.template());
        }
        return code;
    }
}
