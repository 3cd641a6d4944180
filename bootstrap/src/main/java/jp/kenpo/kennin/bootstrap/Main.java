package jp.kenpo.kennin.bootstrap;

import java.io.PrintStream;
import java.util.Map;
import java.util.function.Function;
import jp.kenpo.kennin.adapters.cli.Application;
import jp.kenpo.kennin.adapters.cli.CliCommand;
import jp.kenpo.kennin.adapters.cli.CliException;
import jp.kenpo.kennin.adapters.cli.ConsoleMessages;
import jp.kenpo.kennin.adapters.cli.CreateOperatorCommandLine;
import jp.kenpo.kennin.adapters.cli.ReissueOperatorCommandLine;
import jp.kenpo.kennin.adapters.cli.CommandLineParser;
import jp.kenpo.kennin.adapters.cli.ExitStatus;
import jp.kenpo.kennin.adapters.cli.ImportRosterCommandLine;
import jp.kenpo.kennin.adapters.cli.ReviewCommandLine;
import jp.kenpo.kennin.adapters.cli.UnlockSignupCommandLine;
import jp.kenpo.kennin.bootstrap.config.ConfigException;
import jp.kenpo.kennin.bootstrap.config.KenninConfig;

/**
 * {@code java -jar kenpo-kennin.jar [serve | demo | import-roster … | return-response … | extend-deadline … | unlock-signup … | create-operator … | reissue-operator … | help]}.
 * Arguments and settings are checked before anything is built, so a typo costs no database
 * start-up; only then does the wiring build the {@link Application} the command runs on.
 */
public final class Main {
    private final Map<String, String> env;
    private final Function<KenninConfig, Application> wiring;
    private final ConsoleMessages messages;
    private final PrintStream out;
    private final PrintStream err;

    public Main(Map<String, String> env, Function<KenninConfig, Application> wiring, ConsoleMessages messages,
                PrintStream out, PrintStream err) {
        this.env = env;
        this.wiring = wiring;
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        // jOOQ prints a banner and a "tip of the day" into the log at start unless told not to.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        ExitStatus status;
        try {
            status = new Main(System.getenv(), Wiring::of, ConsoleMessages.standard(), System.out, System.err).run(args);
        } catch (RuntimeException e) {
            // A start that failed half-way (a busy management port, an unreachable bucket) may already have started the
            // web server's and the jobs' threads, which would keep a node alive without what failed: end the process.
            e.printStackTrace();
            status = ExitStatus.FAILURE;
        }
        // Serving: the server's threads keep the JVM alive; anything else ends with its exit code.
        status.exitCode().ifPresent(System::exit);
    }

    public ExitStatus run(String... args) {
        CliCommand command;
        try {
            command = CommandLineParser.parse(args);
        } catch (CliException e) {
            err.println(messages.bilingual(e.key(), e.args()));
            err.println();
            err.println(messages.bilingual("usage"));
            return ExitStatus.INVALID_USE;
        }
        if (command instanceof CliCommand.Help) {
            out.println(messages.bilingual("usage"));
            return ExitStatus.SUCCESS;
        }
        KenninConfig config;
        try {
            config = KenninConfig.fromEnvironment(env);
            // Owner-only before the database, the key files, mails or documents are written there.
            config.secureDataDir();
        } catch (ConfigException e) {
            err.println(messages.bilingual(e.key(), e.args()));
            return ExitStatus.INVALID_USE;
        }
        Application application;
        try {
            application = wiring.apply(config);
        } catch (StartException e) {
            return unavailable(e);
        }
        try {
            return dispatch(command, application);
        } catch (RuntimeException e) {
            // A command (not the demo's seeding, nor serving) changes the database in one transaction:
            // a connection lost on the way stored nothing of it, which is all the operator needs to hear.
            if (command instanceof CliCommand.Demo || command instanceof CliCommand.Serve) {
                throw e;
            }
            return unavailable(StartException.connectionLost(e).orElseThrow(() -> e));
        }
    }

    private ExitStatus dispatch(CliCommand command, Application application) {
        if (command instanceof CliCommand.ImportRoster importRoster) {
            try (application) {
                return new ImportRosterCommandLine(application, application, messages, out, err).run(importRoster);
            }
        }
        if (command instanceof CliCommand.ReturnResponse returnResponse) {
            try (application) {
                return new ReviewCommandLine(application, application, messages, out, err).run(returnResponse);
            }
        }
        if (command instanceof CliCommand.ExtendDeadline extendDeadline) {
            try (application) {
                return new ReviewCommandLine(application, application, messages, out, err).run(extendDeadline);
            }
        }
        if (command instanceof CliCommand.UnlockSignup unlockSignup) {
            try (application) {
                return new UnlockSignupCommandLine(application, messages, out, err).run(unlockSignup);
            }
        }
        // --- identity ---
        if (command instanceof CliCommand.CreateOperator createOperator) {
            try (application) {
                return new CreateOperatorCommandLine(application, messages, out, err).run(createOperator);
            }
        }
        if (command instanceof CliCommand.ReissueOperator reissueOperator) {
            try (application) {
                return new ReissueOperatorCommandLine(application, messages, out, err).run(reissueOperator);
            }
        }
        // --- ops ---
        if (command instanceof CliCommand.ResealSecrets reseal) {
            try (application) {
                return new jp.kenpo.kennin.adapters.cli.ResealSecretsCommandLine(application, messages, out, err).run(reseal);
            }
        }
        if (command instanceof CliCommand.Demo) {
            application.seedDemo(out);
        }
        try {
            application.serve();
        } catch (StartException e) {
            application.close();
            return unavailable(e);
        }
        return ExitStatus.SERVING;
    }

    private ExitStatus unavailable(StartException e) {
        err.println(messages.bilingual(e.key(), e.args()));
        return ExitStatus.UNAVAILABLE;
    }
}
