package jp.kenpo.kennin.adapters.web;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import jakarta.servlet.ServletException;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import jp.kenpo.kennin.adapters.web.account.EmailChangeController;
import jp.kenpo.kennin.adapters.web.account.RecoveryController;
import jp.kenpo.kennin.adapters.web.home.HomeController;
import jp.kenpo.kennin.adapters.web.survey.DocumentsController;
import jp.kenpo.kennin.adapters.web.survey.SubmissionController;
import jp.kenpo.kennin.adapters.web.survey.SurveyController;
import jp.kenpo.kennin.adapters.web.survey.UploadBodyRefusal;
import jp.kenpo.kennin.adapters.web.login.LoginController;
import jp.kenpo.kennin.adapters.web.login.TermsController;
import jp.kenpo.kennin.adapters.web.registration.RegistrationController;
import jp.kenpo.kennin.adapters.web.support.AccessGuard;
import jp.kenpo.kennin.adapters.web.support.ClientAddresses;
import jp.kenpo.kennin.adapters.web.support.CommandValidator;
import jp.kenpo.kennin.adapters.web.support.CsrfProtection;
import jp.kenpo.kennin.adapters.web.support.DisplayFormats;
import jp.kenpo.kennin.adapters.web.support.ErrorPages;
import jp.kenpo.kennin.adapters.web.support.Messages;
import jp.kenpo.kennin.adapters.web.support.Paths;
import jp.kenpo.kennin.adapters.web.support.Redirects;
import jp.kenpo.kennin.adapters.web.support.SecurityHeaders;
import jp.kenpo.kennin.adapters.web.support.SessionSettings;
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

    /** Builds the server without starting it; call {@code start(port)} on the result. */
    public static Javalin create(WebUseCases useCases, WebSettings settings) {
        Messages messages = Messages.japanese();
        Views views = new Views(WebTemplates.precompiled(), messages);
        DisplayFormats formats = new DisplayFormats(messages, settings.clock());
        ClientAddresses clients = new ClientAddresses(settings.trustProxyHeaders());
        CommandValidator validator = new CommandValidator();

        RegistrationController registration = new RegistrationController(useCases.identifyMember(), useCases.chooseCredentials(),
                useCases.confirmRegistration(), useCases.resendRegistrationCode(), views, validator, clients, formats);
        LoginController login = new LoginController(useCases.logIn(), useCases.logOut(), views, validator, clients, formats);
        TermsController terms = new TermsController(useCases.showTerms(), useCases.acceptTerms(), views, clients);
        HomeController home = new HomeController(useCases.showMainScreen(), useCases.downloadNoticeAttachment(),
                useCases.listSurveyDependents(), views, clients, formats);
        SurveyController survey = new SurveyController(useCases.showSurveyForm(), useCases.saveSurveyAnswers(),
                useCases.declareNoLongerEligible(), views, clients, formats);
        DocumentsController documents = new DocumentsController(useCases.showSurveyDocuments(),
                useCases.uploadSurveyDocument(), useCases.viewSurveyDocument(), useCases.deleteSurveyDocument(), views, clients,
                formats, settings.maxUploadBytes());
        SubmissionController submission = new SubmissionController(useCases.showSurveyConfirmation(), useCases.submitSurvey(),
                views, clients, formats);
        EmailChangeController emailChange = new EmailChangeController(useCases.requestEmailChange(),
                useCases.confirmEmailChange(), views, validator, clients);
        RecoveryController recovery = new RecoveryController(useCases.requestPasswordReset(), useCases.resetPassword(),
                useCases.remindUserId(), views, validator, clients, formats);

        SecurityHeaders securityHeaders = new SecurityHeaders(settings.secureCookies());
        CsrfProtection csrf = new CsrfProtection(DocumentsController.UPLOAD_PATHS);
        AccessGuard guard = new AccessGuard();
        ErrorPages errorPages = new ErrorPages(views);
        UploadBodyRefusal uploadRefusal = new UploadBodyRefusal(messages, formats, settings.maxUploadBytes());

        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = settings.maxFormBytes();
            // Uploads are spooled to a temporary file beyond 64 KiB, never held whole in memory. A file a
            // little over the limit still arrives so the member is told the limit; far over it, 413 (uploadRefusal).
            config.jetty.multipartConfig.maxInMemoryFileSize(64, SizeUnit.KB);
            config.jetty.multipartConfig.maxFileSize(UploadBodyRefusal.multipartFileLimit(settings.maxUploadBytes()), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(UploadBodyRefusal.multipartFileLimit(settings.maxUploadBytes())
                    + settings.maxFormBytes(), SizeUnit.BYTES);
            config.jetty.modifyServletContextHandler(handler -> SessionSettings.apply(handler.getSessionHandler(),
                    settings.secureCookies(), settings.sessionIdleTimeout().toSeconds()));
            config.staticFiles.add(files -> {
                files.hostedPath = "/assets";
                files.directory = ASSETS;
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "max-age=3600");
            });
            config.events.serverStopped(validator::close);

            // Order matters: headers first (so even refusals carry them), then CSRF, then login, then terms.
            config.routes.before(securityHeaders::apply);
            config.routes.before(csrf::check);
            config.routes.before(Paths.TERMS, guard::requireAccount);
            for (String path : Paths.MEMBER_AREA) {
                config.routes.before(path, guard::requireAccount);
                config.routes.before(path, guard::requireTermsAccepted);
            }

            config.routes.get("/", ctx -> Redirects.seeOther(ctx, Paths.LOGIN));
            config.routes.get("/healthz", ctx -> ctx.contentType("text/plain; charset=utf-8").result("ok"));

            config.routes.get(RegistrationController.SIGNUP, registration::showIdentify);
            config.routes.post(RegistrationController.SIGNUP, registration::identify);
            config.routes.get(RegistrationController.CREDENTIALS, registration::showCredentials);
            config.routes.post(RegistrationController.CREDENTIALS, registration::chooseCredentials);
            config.routes.get(RegistrationController.CODE, registration::showCode);
            config.routes.post(RegistrationController.CODE, registration::confirmCode);
            config.routes.post(RegistrationController.RESEND, registration::resendCode);

            config.routes.get(Paths.LOGIN, login::showLogin);
            config.routes.post(Paths.LOGIN, login::logIn);
            config.routes.post(Paths.LOGOUT, login::logOut);
            config.routes.get(Paths.TERMS, terms::show);
            config.routes.post(Paths.TERMS, terms::accept);

            config.routes.get(Paths.HOME, home::show);
            config.routes.get(HomeController.ATTACHMENT, home::downloadAttachment);

            config.routes.get(SurveyController.FORM, survey::show);
            config.routes.post(SurveyController.FORM, survey::save);
            config.routes.post(SurveyController.NO_LONGER_ELIGIBLE, survey::declareNoLongerEligible);
            config.routes.get(DocumentsController.DOCUMENTS, documents::show);
            config.routes.post(DocumentsController.DOCUMENTS, documents::upload);
            config.routes.get(DocumentsController.DOCUMENT, documents::view);
            config.routes.post(DocumentsController.DELETE, documents::delete);
            config.routes.post(DocumentsController.REPLACE, documents::replace);
            config.routes.get(SubmissionController.CONFIRM, submission::confirm);
            config.routes.post(SubmissionController.SUBMIT, submission::submit);
            config.routes.get(SubmissionController.SUBMITTED, submission::submitted);

            config.routes.get(EmailChangeController.EMAIL, emailChange::show);
            config.routes.post(EmailChangeController.EMAIL, emailChange::request);
            config.routes.get(EmailChangeController.CONFIRM, emailChange::showConfirm);
            config.routes.post(EmailChangeController.CONFIRM, emailChange::confirm);

            config.routes.get(RecoveryController.FORGOT_PASSWORD, recovery::showForgotPassword);
            config.routes.post(RecoveryController.FORGOT_PASSWORD, recovery::forgotPassword);
            config.routes.get(RecoveryController.RESET_PASSWORD, recovery::showReset);
            config.routes.post(RecoveryController.RESET_PASSWORD, recovery::reset);
            config.routes.get(RecoveryController.FORGOT_USER_ID, recovery::showForgotUserId);
            config.routes.post(RecoveryController.FORGOT_USER_ID, recovery::forgotUserId);

            // Refusals (403, 404, 413, ...) only set the status; the error pages below render it.
            config.routes.exception(HttpResponseException.class, (e, ctx) -> ctx.status(e.getStatus()));
            // A burst of logins filled the bounded password-hashing queue: a short wait fixes it.
            config.routes.exception(RejectedExecutionException.class, (e, ctx) -> {
                LOG.warn("Request {} {} refused: {}", ctx.method(), ctx.path(), e.getMessage());
                ctx.status(503).header("Retry-After", "10");
            });
            config.routes.exception(ServletException.class, uploadRefusal::refuse);
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("Request {} {} failed", ctx.method(), ctx.path(), e);
                ctx.status(500);
            });
            for (int status : ErrorPages.STATUSES) {
                config.routes.error(status, errorPages::render);
            }
        });
    }
}
