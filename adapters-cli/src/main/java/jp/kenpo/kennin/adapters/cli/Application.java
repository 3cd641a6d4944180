package jp.kenpo.kennin.adapters.cli;

import java.io.PrintStream;
import jp.kenpo.kennin.application.registration.UnlockSignupUseCase;
import jp.kenpo.kennin.application.review.ExtendSurveyDeadlineUseCase;
import jp.kenpo.kennin.application.review.ReturnSurveyResponseUseCase;
import jp.kenpo.kennin.application.roster.ImportDependentsUseCase;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase;
import jp.kenpo.kennin.application.staff.CreateOperatorUseCase;
import jp.kenpo.kennin.application.staff.ReissueOperatorEnrolmentUseCase;

/**
 * What the command line asks of the wired system; the wiring implements it once the adapters
 * are built, so the parsing and printing here can be tested without a database or a server.
 * Importing a roster (members or dependents), sending a response back (差し戻し) and extending a
 * member's deadline (期限延長), unlocking a member's sign-up and creating an operator (or reissuing their link) are the
 * application's own use cases,
 * hence the inheritance.
 */
public interface Application extends ImportRosterUseCase, ImportDependentsUseCase, ReturnSurveyResponseUseCase,
        ExtendSurveyDeadlineUseCase, UnlockSignupUseCase, CreateOperatorUseCase, ReissueOperatorEnrolmentUseCase,
        jp.kenpo.kennin.application.keyrotation.ResealSecretsUseCase, // --- ops ---
        AutoCloseable {
    /** Starts the web server and returns; the server's threads keep the JVM running. */
    void serve();

    /** Creates (or refreshes) the synthetic demo data and prints how to log in. Safe to call on every start. */
    void seedDemo(PrintStream out);

    /** Releases the database pool and worker threads once a one-shot command is done. */
    @Override
    void close();
}
