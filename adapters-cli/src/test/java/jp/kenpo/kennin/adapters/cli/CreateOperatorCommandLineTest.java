package jp.kenpo.kennin.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.staff.CreateOperatorUseCase.CreateOperatorCommand;
import jp.kenpo.kennin.application.staff.CreateOperatorUseCase.CreateOperatorResult;
import jp.kenpo.kennin.domain.staff.StaffId;
import org.junit.jupiter.api.Test;

class CreateOperatorCommandLineTest {
    private static final String LINK = "https://kennin.example.jp/admin/enrol/q7Zt0kPmXr";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<CreateOperatorCommand> received = new ArrayList<>();
    private CreateOperatorResult answer = new CreateOperatorResult.Created(new StaffId(1), LINK,
            Instant.parse("2026-04-02T00:00:00Z"));
    private final CreateOperatorCommandLine commandLine = new CreateOperatorCommandLine(c -> {
        received.add(c);
        return answer;
    }, ConsoleMessages.standard(), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void theLinkAndItsExpiryInTokyoTimeArePrintedOnStandardOutput() throws Exception {
        ExitStatus status = commandLine.run((CliCommand.CreateOperator) CommandLineParser.parse("create-operator", "--login",
                "ops.tanaka", "--name", "田中 一郎"));

        assertThat(status.exitCode()).hasValue(0);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("運用者「ops.tanaka」を作成しました", "Operator ops.tanaka created",
                "2026/04/02 09:00 (JST)").endsWith(LINK + System.lineSeparator());
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(received).containsExactly(new CreateOperatorCommand("ops.tanaka", "田中 一郎"));
    }

    @Test
    void aTakenOrImpossibleLoginIsReportedOnStandardErrorAndFails() {
        answer = new CreateOperatorResult.LoginTaken();
        assertThat(commandLine.run(new CliCommand.CreateOperator("ops.tanaka", Optional.empty())).exitCode()).hasValue(1);
        answer = new CreateOperatorResult.Invalid("staff.login.invalid");
        assertThat(commandLine.run(new CliCommand.CreateOperator("田中", Optional.empty())).exitCode()).hasValue(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ログイン名「ops.tanaka」はすでに使われています",
                "is already taken", "ログイン名は半角英数字と . _ @ - の 3〜64 文字");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(received.get(1).displayName()).isNull();
    }

    @Test
    void theCommandTakesALoginAndANameButNoPassword() throws Exception {
        assertThat(CommandLineParser.parse("create-operator", "--login=ops")).isEqualTo(new CliCommand.CreateOperator("ops",
                Optional.empty()));
        assertThatThrownBy(() -> CommandLineParser.parse("create-operator")).isInstanceOf(CliException.class)
                .extracting(e -> ((CliException) e).key()).isEqualTo("usage.error.missingOption");
        assertThatThrownBy(() -> CommandLineParser.parse("create-operator", "--login", "ops", "--password", "secret"))
                .isInstanceOf(CliException.class).extracting(e -> ((CliException) e).key())
                .isEqualTo("usage.error.unknownOption");
        assertThat(CommandLineParser.parse("create-operator", "--help")).isInstanceOf(CliCommand.Help.class);
    }
}
