package jp.kenpo.kennin.adapters.cli;

import java.io.PrintStream;
import jp.kenpo.kennin.application.staff.ReissueOperatorEnrolmentUseCase;
import jp.kenpo.kennin.application.staff.ReissueOperatorEnrolmentUseCase.ReissueOperatorEnrolmentCommand;
import jp.kenpo.kennin.application.staff.ReissueOperatorEnrolmentUseCase.ReissueOperatorEnrolmentResult;

/**
 * {@code reissue-operator --login NAME}: a new one-time enrolment link for an operator who lost
 * their password or authenticator, printed on standard output like create-operator's (an operator
 * made on the command line has no mail address). A refusal goes to standard error.
 */
public final class ReissueOperatorCommandLine {
    private final ReissueOperatorEnrolmentUseCase reissue;
    private final ConsoleMessages messages;
    private final PrintStream out;
    private final PrintStream err;

    public ReissueOperatorCommandLine(ReissueOperatorEnrolmentUseCase reissue, ConsoleMessages messages, PrintStream out,
                                      PrintStream err) {
        this.reissue = reissue;
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    public ExitStatus run(CliCommand.ReissueOperator command) {
        String login = command.login().strip();
        ReissueOperatorEnrolmentResult result = reissue.reissueOperatorEnrolment(new ReissueOperatorEnrolmentCommand(login));
        if (result instanceof ReissueOperatorEnrolmentResult.Reissued reissued) {
            out.println(messages.bilingual("reissueOperator.reissued", login,
                    CreateOperatorCommandLine.TOKYO_TIME.format(reissued.expiresAt())));
            out.println();
            out.println(reissued.enrolmentLink());
            return ExitStatus.SUCCESS;
        }
        err.println(messages.bilingual(result instanceof ReissueOperatorEnrolmentResult.Disabled ? "reissueOperator.disabled"
                : "reissueOperator.notFound", login));
        return ExitStatus.FAILURE;
    }
}
