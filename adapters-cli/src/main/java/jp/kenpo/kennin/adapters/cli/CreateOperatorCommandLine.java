package jp.kenpo.kennin.adapters.cli;

import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import jp.kenpo.kennin.application.staff.CreateOperatorUseCase;
import jp.kenpo.kennin.application.staff.CreateOperatorUseCase.CreateOperatorCommand;
import jp.kenpo.kennin.application.staff.CreateOperatorUseCase.CreateOperatorResult;

/**
 * {@code create-operator --login NAME [--name 表示名]}: the first (or another) operator of the
 * installation. Prints the one-time enrolment link and when it expires on standard output; the
 * operator chooses a password and sets up the authenticator there, so nothing secret is typed on
 * the command line (or kept in the shell's history). A refusal goes to standard error.
 */
public final class CreateOperatorCommandLine {
    /** The expiry as staff in Japan read it, whatever the server's zone. */
    static final DateTimeFormatter TOKYO_TIME = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm '(JST)'", Locale.ROOT)
            .withZone(ZoneId.of("Asia/Tokyo"));

    private final CreateOperatorUseCase createOperator;
    private final ConsoleMessages messages;
    private final PrintStream out;
    private final PrintStream err;

    public CreateOperatorCommandLine(CreateOperatorUseCase createOperator, ConsoleMessages messages, PrintStream out,
                                     PrintStream err) {
        this.createOperator = createOperator;
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    public ExitStatus run(CliCommand.CreateOperator command) {
        CreateOperatorResult result = createOperator.createOperator(new CreateOperatorCommand(command.login(),
                command.displayName().orElse(null)));
        if (result instanceof CreateOperatorResult.Created created) {
            out.println(messages.bilingual("createOperator.created", command.login().strip(),
                    TOKYO_TIME.format(created.expiresAt())));
            out.println();
            out.println(created.enrolmentLink());
            return ExitStatus.SUCCESS;
        }
        if (result instanceof CreateOperatorResult.Invalid invalid) {
            String key = switch (invalid.code()) {
                case "staff.login.invalid" -> "createOperator.loginInvalid";
                case "staff.name.invalid" -> "createOperator.nameInvalid";
                default -> "createOperator.invalid";
            };
            err.println(messages.bilingual(key, invalid.code()));
        } else {
            err.println(messages.bilingual("createOperator.loginTaken", command.login().strip()));
        }
        return ExitStatus.FAILURE;
    }
}
