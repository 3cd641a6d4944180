package jp.kenpo.kennin.adapters.cli;

import java.io.PrintStream;
import jp.kenpo.kennin.application.keyrotation.ResealSecretsUseCase;
import jp.kenpo.kennin.application.keyrotation.ResealSecretsUseCase.ResealSecretsCommand;
import jp.kenpo.kennin.application.keyrotation.ResealSecretsUseCase.ResealSecretsResult;

/**
 * {@code reseal-secrets --staff NAME}: the last step of a {@code KENNIN_SECRET} rotation. Prints
 * the counts; exit 0 when nothing is left under the previous key except values that no key opens,
 * 1 when some changed while it ran (run it again).
 */
public final class ResealSecretsCommandLine {
    private final ResealSecretsUseCase reseal;
    private final ConsoleMessages messages;
    private final PrintStream out;
    private final PrintStream err;

    public ResealSecretsCommandLine(ResealSecretsUseCase reseal, ConsoleMessages messages, PrintStream out, PrintStream err) {
        this.reseal = reseal;
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    public ExitStatus run(CliCommand.ResealSecrets command) {
        ResealSecretsResult result = reseal.resealSecrets(new ResealSecretsCommand(command.staff()));
        String counts = messages.bilingual("reseal.counts", result.resealed(), result.current(), result.notSealed(),
                result.unreadable(), result.changedMeanwhile());
        if (result.done()) {
            out.println(counts);
            return ExitStatus.SUCCESS;
        }
        err.println(counts);
        err.println(messages.bilingual("reseal.again"));
        return ExitStatus.FAILURE;
    }
}
