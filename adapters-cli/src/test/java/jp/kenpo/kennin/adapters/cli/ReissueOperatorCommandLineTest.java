package jp.kenpo.kennin.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.kenpo.kennin.application.staff.ReissueOperatorEnrolmentUseCase.ReissueOperatorEnrolmentCommand;
import jp.kenpo.kennin.application.staff.ReissueOperatorEnrolmentUseCase.ReissueOperatorEnrolmentResult;
import jp.kenpo.kennin.domain.staff.StaffId;
import org.junit.jupiter.api.Test;

class ReissueOperatorCommandLineTest {
    private static final String LINK = "https://kennin.example.jp/admin/enrol/r8Yu1lQnYs";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<ReissueOperatorEnrolmentCommand> received = new ArrayList<>();
    private ReissueOperatorEnrolmentResult answer = new ReissueOperatorEnrolmentResult.Reissued(new StaffId(1), LINK,
            Instant.parse("2026-04-02T00:00:00Z"));
    private final ReissueOperatorCommandLine commandLine = new ReissueOperatorCommandLine(c -> {
        received.add(c);
        return answer;
    }, ConsoleMessages.standard(), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void theNewLinkAndItsExpiryInTokyoTimeArePrintedOnStandardOutput() throws Exception {
        ExitStatus status = commandLine.run((CliCommand.ReissueOperator) CommandLineParser.parse("reissue-operator", "--login",
                " ops.tanaka "));

        assertThat(status.exitCode()).hasValue(0);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("運用者「ops.tanaka」の登録用URLを再発行しました", "A new enrolment link for operator ops.tanaka",
                "使えなくなりました", "2026/04/02 09:00 (JST)").endsWith(LINK + System.lineSeparator());
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(received).containsExactly(new ReissueOperatorEnrolmentCommand("ops.tanaka"));
    }

    @Test
    void anUnknownOrDisabledOperatorIsReportedOnStandardErrorAndFails() {
        answer = new ReissueOperatorEnrolmentResult.NotFound();
        assertThat(commandLine.run(new CliCommand.ReissueOperator("acme.admin")).exitCode()).hasValue(1);
        answer = new ReissueOperatorEnrolmentResult.Disabled();
        assertThat(commandLine.run(new CliCommand.ReissueOperator("ops.old")).exitCode()).hasValue(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ログイン名「acme.admin」の運用者はいません",
                "There is no operator with the login name acme.admin", "運用者「ops.old」のアカウントは無効",
                "operator ops.old is disabled");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void theCommandTakesOnlyALogin() throws Exception {
        assertThat(CommandLineParser.parse("reissue-operator", "--login=ops")).isEqualTo(new CliCommand.ReissueOperator("ops"));
        assertThatThrownBy(() -> CommandLineParser.parse("reissue-operator")).isInstanceOf(CliException.class)
                .extracting(e -> ((CliException) e).key()).isEqualTo("usage.error.missingOption");
        assertThatThrownBy(() -> CommandLineParser.parse("reissue-operator", "--login", "ops", "--name", "x"))
                .isInstanceOf(CliException.class).extracting(e -> ((CliException) e).key())
                .isEqualTo("usage.error.unknownOption");
        assertThat(CommandLineParser.parse("reissue-operator", "--help")).isInstanceOf(CliCommand.Help.class);
    }

    @Test
    void theUsageNamesTheCommandInBothLanguages() {
        assertThat(ConsoleMessages.standard().bilingual("usage")).contains("reissue-operator --login ログイン名",
                "reissue-operator --login NAME");
    }
}
