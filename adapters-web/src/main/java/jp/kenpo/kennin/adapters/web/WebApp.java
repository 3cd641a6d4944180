package jp.kenpo.kennin.adapters.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import jakarta.servlet.ServletException;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.concurrent.RejectedExecutionException;
import jp.kenpo.kennin.adapters.web.account.EmailChangeController;
import jp.kenpo.kennin.adapters.web.account.RecoveryController;
import jp.kenpo.kennin.adapters.web.home.HomeController;
import jp.kenpo.kennin.adapters.web.survey.DocumentsController;
import jp.kenpo.kennin.adapters.web.survey.SubmissionController;
import jp.kenpo.kennin.adapters.web.survey.SurveyController;
import jp.kenpo.kennin.adapters.web.survey.SurveyStepsController;
import jp.kenpo.kennin.adapters.web.survey.UploadBodyRefusal;
import jp.kenpo.kennin.adapters.web.login.LoginController;
import jp.kenpo.kennin.adapters.web.login.TermsController;
import jp.kenpo.kennin.adapters.web.registration.RegistrationController;
import jp.kenpo.kennin.adapters.web.support.Access;
import jp.kenpo.kennin.adapters.web.support.AccessGuard;
import jp.kenpo.kennin.adapters.web.support.AccountSessions;
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.kit.CommandValidator;
import jp.kenpo.kennin.adapters.web.support.CsrfProtection;
import jp.kenpo.kennin.adapters.web.support.CsrfTokens;
import jp.kenpo.kennin.adapters.web.support.DisplayFormats;
import jp.kenpo.kennin.adapters.web.support.ErrorPages;
import jp.kenpo.kennin.adapters.web.language.LanguageController;
import jp.kenpo.kennin.adapters.web.support.LanguageSwitch;
import jp.kenpo.kennin.adapters.web.support.Languages;
import jp.kenpo.kennin.domain.account.Language;
import java.util.EnumMap;
import jp.kenpo.kennin.adapters.web.support.Paths;
import jp.kenpo.kennin.adapters.web.kit.Redirects;
import jp.kenpo.kennin.application.session.SessionStorePort;
import jp.kenpo.kennin.adapters.web.kit.SecurityHeaders;
import jp.kenpo.kennin.adapters.web.support.MemberSessions;
import jp.kenpo.kennin.adapters.web.support.Views;
import jp.kenpo.kennin.adapters.web.support.WebTemplates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The member-facing site. Everything the server does is declared here in one
 * {@code Javalin.create} block: filters, routes, exception mapping and error pages.
 */
public final class WebApp {
    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);
    /** Classpath folder of the CSS; a name of its own so no other jar's files are served. */
    private static final String ASSETS = "/kennin-web/assets";

    private WebApp() {
    }

    /** Builds the server without starting it; call {@code start(port)} on the result. Uploads spool to java.io.tmpdir. */
    public static Javalin create(WebUseCases useCases, SessionStorePort sessionStore, WebSettings settings) {
        return create(useCases, sessionStore, settings, java.nio.file.Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * The same, spooling uploads larger than 64 KiB to {@code uploadSpool}: a private directory the
     * caller empties at start, since a killed process leaves its spooled parts behind.
     */
    public static Javalin create(WebUseCases useCases, SessionStorePort sessionStore, WebSettings settings,
            java.nio.file.Path uploadSpool) {
        return create(useCases, sessionStore, settings, uploadSpool, config -> {
        });
    }

    /**
     * With more configuration after the site's own: the staff back office under /admin (its own
     * session, CSRF and guard; this site's filters leave /admin alone), or routes a test plants.
     */
    public static Javalin create(WebUseCases useCases, SessionStorePort sessionStore, WebSettings settings,
            java.nio.file.Path uploadSpool, Consumer<JavalinConfig> more) {
        // Both languages' texts are loaded here, once; each request reads in its own (Languages).
        Languages languages = new Languages();
        CsrfTokens csrfTokens = new CsrfTokens(settings.secureCookies());
        Views views = new Views(WebTemplates.precompiled(), languages, csrfTokens);
        DisplayFormats formats = new DisplayFormats(languages, settings.clock());
        ClientAddresses clients = new ClientAddresses(settings.trustedProxies());
        CommandValidator validator = new CommandValidator();

        RegistrationController registration = new RegistrationController(useCases.identifyMember(), useCases.chooseCredentials(),
                useCases.confirmRegistration(), useCases.resendRegistrationCode(), views, validator, clients, formats);
        // Sessions live in the shared store, so any node serves any request (Jetty's own sessions are never used).
        MemberSessions memberSessions = new MemberSessions(sessionStore, settings.clock(), settings.sessionIdleTimeout(),
                settings.sessionLifetime(), settings.secureCookies());
        AccountSessions sessions = new AccountSessions(memberSessions);
        LoginController login = new LoginController(useCases.logIn(), useCases.logOut(), views, validator, clients, formats,
                sessions, languages, useCases.chooseLanguage());
        LanguageController language = new LanguageController(useCases.chooseLanguage(), languages);
        TermsController terms = new TermsController(useCases.showTerms(), useCases.acceptTerms(), views, clients);
        HomeController home = new HomeController(useCases.showMainScreen(), useCases.downloadNoticeAttachment(), views, clients,
                formats);
        SurveyController survey = new SurveyController(useCases.showSurveyForm(), useCases.saveSurveyAnswers(),
                useCases.declareNoLongerEligible(), views, clients, formats);
        SurveyStepsController steps = new SurveyStepsController(useCases.showSurveyForm(), useCases.saveSurveyAnswers(),
                useCases.listSurveyDependents(), views, clients, formats);
        DocumentsController documents = new DocumentsController(useCases.showSurveyDocuments(),
                useCases.uploadSurveyDocument(), useCases.viewSurveyDocument(), useCases.deleteSurveyDocument(), views, clients,
                formats, settings.maxUploadBytes());
        SubmissionController submission = new SubmissionController(useCases.showSurveyConfirmation(), useCases.submitSurvey(),
                useCases.downloadSubmissionReceipt(),
                views, clients, formats);
        EmailChangeController emailChange = new EmailChangeController(useCases.requestEmailChange(),
                useCases.confirmEmailChange(), views, validator, clients, formats);
        RecoveryController recovery = new RecoveryController(useCases.requestPasswordReset(), useCases.resetPassword(),
                useCases.remindUserId(), views, validator, clients, formats, sessions);

        SecurityHeaders securityHeaders = new SecurityHeaders(settings.secureCookies());
        CsrfProtection csrf = new CsrfProtection(DocumentsController.UPLOAD_PATHS, csrfTokens, settings.maxFormBytes());
        AccessGuard guard = new AccessGuard(sessions);
        ErrorPages errorPages = new ErrorPages(views);
        Map<Language, UploadBodyRefusal> uploadRefusals = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            uploadRefusals.put(l, new UploadBodyRefusal(languages.messages(l), formats, settings.maxUploadBytes()));
        }

        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = settings.maxFormBytes();
            // Uploads are spooled to a temporary file beyond 64 KiB, never held whole in memory. A file a
            // little over the limit still arrives so the member is told the limit; far over it, 413 (uploadRefusal).
            config.jetty.multipartConfig.maxInMemoryFileSize(64, SizeUnit.KB);
            config.jetty.multipartConfig.cacheDirectory(uploadSpool.toString());
            config.jetty.multipartConfig.maxFileSize(UploadBodyRefusal.multipartFileLimit(settings.maxUploadBytes()), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(UploadBodyRefusal.multipartFileLimit(settings.maxUploadBytes())
                    + settings.maxFormBytes(), SizeUnit.BYTES);
            config.staticFiles.add(files -> {
                files.hostedPath = "/assets";
                files.directory = ASSETS;
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "max-age=3600");
                files.roles = Set.of(Access.ANONYMOUS); // the CSS: the guard refuses anything without a role
            });
            config.events.serverStopped(validator::close);

            // Order matters: the sessions' rules first (nothing read yet), headers (so even refusals carry them),
            // then CSRF, then the route's access role.
            config.routes.before(memberSessions::attach);
            // The request's language is known from here on (worked out when first needed), error pages included.
            config.routes.before(languages::bind);
            config.routes.after(languages::unbind);
            config.routes.before(securityHeaders::apply);
            config.routes.before(csrf::check);
            // Every route declares who may use it (Access); one declared without is refused, never open.
            config.routes.beforeMatched(guard::check);

            config.routes.get("/", ctx -> Redirects.seeOther(ctx, Paths.LOGIN), Access.ANONYMOUS);
            config.routes.get("/healthz", ctx -> ctx.contentType("text/plain; charset=utf-8").result("ok"), Access.ANONYMOUS);

            config.routes.get(RegistrationController.SIGNUP, registration::showIdentify, Access.ANONYMOUS);
            config.routes.post(RegistrationController.SIGNUP, registration::identify, Access.ANONYMOUS);
            config.routes.get(RegistrationController.CREDENTIALS, registration::showCredentials, Access.ANONYMOUS);
            config.routes.post(RegistrationController.CREDENTIALS, registration::chooseCredentials, Access.ANONYMOUS);
            config.routes.get(RegistrationController.CODE, registration::showCode, Access.ANONYMOUS);
            config.routes.post(RegistrationController.CODE, registration::confirmCode, Access.ANONYMOUS);
            config.routes.post(RegistrationController.RESEND, registration::resendCode, Access.ANONYMOUS);

            config.routes.get(Paths.LOGIN, login::showLogin, Access.ANONYMOUS);
            config.routes.post(Paths.LOGIN, login::logIn, Access.ANONYMOUS);
            config.routes.post(Paths.LOGOUT, login::logOut, Access.ANONYMOUS);
            config.routes.post(LanguageSwitch.PATH, language::choose, Access.ANONYMOUS);
            config.routes.get(Paths.TERMS, terms::show, Access.ACCOUNT);
            config.routes.post(Paths.TERMS, terms::accept, Access.ACCOUNT);

            config.routes.get(Paths.HOME, home::show, Access.MEMBER);
            config.routes.get(HomeController.ATTACHMENT, home::downloadAttachment, Access.MEMBER);

            config.routes.get(SurveyController.FORM, survey::show, Access.MEMBER);
            config.routes.post(SurveyController.FORM, survey::save, Access.MEMBER);
            config.routes.post(SurveyController.NO_LONGER_ELIGIBLE, survey::declareNoLongerEligible, Access.MEMBER);
            config.routes.get(SurveyController.NO_LONGER_ELIGIBLE, survey::confirmNoLongerEligible, Access.MEMBER);
            config.routes.get(SurveyController.NO_LONGER_ELIGIBLE_STEP, survey::showLossStep, Access.MEMBER);
            config.routes.get(SurveyStepsController.STEPS, steps::start, Access.MEMBER);
            config.routes.get(SurveyStepsController.STEP, steps::show, Access.MEMBER);
            config.routes.post(SurveyStepsController.STEP, steps::save, Access.MEMBER);
            config.routes.get(DocumentsController.DOCUMENTS, documents::show, Access.MEMBER);
            config.routes.post(DocumentsController.DOCUMENTS, documents::upload, Access.MEMBER);
            config.routes.get(DocumentsController.DOCUMENT, documents::view, Access.MEMBER);
            config.routes.get(DocumentsController.CONFIRM_DELETE, documents::confirmDelete, Access.MEMBER);
            config.routes.post(DocumentsController.DELETE, documents::delete, Access.MEMBER);
            config.routes.get(DocumentsController.DECLARATION, documents::declaration, Access.MEMBER);
            config.routes.post(DocumentsController.REPLACE, documents::replace, Access.MEMBER);
            config.routes.get(SubmissionController.CONFIRM, submission::confirm, Access.MEMBER);
            config.routes.post(SubmissionController.SUBMIT, submission::submit, Access.MEMBER);
            config.routes.get(SubmissionController.SUBMITTED, submission::submitted, Access.MEMBER);
            config.routes.get(SubmissionController.RECEIPT_PDF, submission::receiptPdf, Access.MEMBER);

            config.routes.get(EmailChangeController.EMAIL, emailChange::show, Access.MEMBER);
            config.routes.post(EmailChangeController.EMAIL, emailChange::request, Access.MEMBER);
            config.routes.get(EmailChangeController.CONFIRM, emailChange::showConfirm, Access.MEMBER);
            config.routes.post(EmailChangeController.CONFIRM, emailChange::confirm, Access.MEMBER);

            config.routes.get(RecoveryController.FORGOT_PASSWORD, recovery::showForgotPassword, Access.ANONYMOUS);
            config.routes.post(RecoveryController.FORGOT_PASSWORD, recovery::forgotPassword, Access.ANONYMOUS);
            config.routes.get(RecoveryController.RESET_PASSWORD, recovery::showReset, Access.ANONYMOUS);
            config.routes.post(RecoveryController.RESET_PASSWORD, recovery::reset, Access.ANONYMOUS);
            config.routes.get(RecoveryController.FORGOT_USER_ID, recovery::showForgotUserId, Access.ANONYMOUS);
            config.routes.post(RecoveryController.FORGOT_USER_ID, recovery::forgotUserId, Access.ANONYMOUS);

            // Refusals (403, 404, 413, ...) only set the status; the error pages below render it.
            config.routes.exception(HttpResponseException.class, (e, ctx) -> ctx.status(e.getStatus()));
            // A burst of logins filled the bounded password-hashing queue: a short wait fixes it.
            config.routes.exception(RejectedExecutionException.class, (e, ctx) -> {
                LOG.warn("Request {} {} refused: {}", ctx.method(), jp.kenpo.kennin.adapters.web.kit.LoggedPath.of(ctx), e.getMessage());
                ctx.status(503).header("Retry-After", "10");
            });
            config.routes.exception(ServletException.class, (e, ctx) -> uploadRefusals.get(languages.of(ctx)).refuse(e, ctx));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("Request {} {} failed", ctx.method(), jp.kenpo.kennin.adapters.web.kit.LoggedPath.of(ctx), e);
                ctx.status(500);
            });
            for (int status : ErrorPages.STATUSES) {
                config.routes.error(status, errorPages::render);
            }
            more.accept(config);
        });
    }
}
