package jp.kenpo.kennin.adapters.cli;

import java.io.PrintStream;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.registration.UnlockSignupUseCase;
import jp.kenpo.kennin.application.registration.UnlockSignupUseCase.UnlockSignupCommand;
import jp.kenpo.kennin.application.registration.UnlockSignupUseCase.UnlockSignupResult;

/**
 * {@code unlock-signup}: staff answer the member who was told, after too many wrong sign-up codes,
 * to contact the insurer. Prints one result line; a refusal goes to standard error and ends with
 * {@link ExitStatus#FAILURE}, like {@code return-response}. Run on the server's console, so the
 * audit log names the caller "local".
 */
public final class UnlockSignupCommandLine {
    private final UnlockSignupUseCase unlockSignup;
    private final ConsoleMessages messages;
    private final PrintStream out;
    private final PrintStream err;

    public UnlockSignupCommandLine(UnlockSignupUseCase unlockSignup, ConsoleMessages messages, PrintStream out,
                                   PrintStream err) {
        this.unlockSignup = unlockSignup;
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    public ExitStatus run(CliCommand.UnlockSignup command) {
        UnlockSignupResult result = unlockSignup.unlockSignup(new UnlockSignupCommand(command.insurerCode(), command.symbol(),
                command.number(), command.staff(), ClientAddress.local()));
        if (result instanceof UnlockSignupResult.Unlocked) {
            out.println(messages.bilingual("unlock.unlocked"));
            return ExitStatus.SUCCESS;
        }
        if (result instanceof UnlockSignupResult.Invalid invalid) {
            err.println(messages.bilingual("unlock.invalid", messages.reason(invalid.code()), invalid.code()));
        } else {
            err.println(messages.bilingual("unlock.notFound"));
        }
        return ExitStatus.FAILURE;
    }
}
