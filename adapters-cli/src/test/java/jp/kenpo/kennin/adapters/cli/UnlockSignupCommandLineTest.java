package jp.kenpo.kennin.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jp.kenpo.kennin.application.registration.UnlockSignupUseCase.UnlockSignupCommand;
import jp.kenpo.kennin.application.registration.UnlockSignupUseCase.UnlockSignupResult;
import org.junit.jupiter.api.Test;

class UnlockSignupCommandLineTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<UnlockSignupCommand> received = new ArrayList<>();
    private UnlockSignupResult answer = new UnlockSignupResult.Unlocked();
    private final UnlockSignupCommandLine commandLine = new UnlockSignupCommandLine(c -> {
        received.add(c);
        return answer;
    }, ConsoleMessages.standard(), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    private ExitStatus run() {
        return commandLine.run(new CliCommand.UnlockSignup("acme", "３１", "7001", "staff-kato"));
    }

    @Test
    void anUnlockedMemberIsReportedInBothLanguagesWithTheStaffNamePassedOn() {
        assertThat(run().exitCode()).hasValue(0);

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("初回登録の停止を解除しました", "Sign-up is unlocked");
        assertThat(received).singleElement().satisfies(c -> {
            assertThat(c.insurer()).isEqualTo("acme");
            assertThat(c.symbol()).isEqualTo("３１");
            assertThat(c.staff()).isEqualTo("staff-kato");
            assertThat(c.client().value()).isEqualTo("local");
        });
    }

    @Test
    void anUnknownMemberFails() {
        answer = new UnlockSignupResult.NotFound();

        assertThat(run().exitCode()).hasValue(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("該当する被保険者が見つかりません", "No such member");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
