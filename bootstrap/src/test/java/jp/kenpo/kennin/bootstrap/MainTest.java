package jp.kenpo.kennin.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kenpo.kennin.bootstrap.cli.Application;
import jp.kenpo.kennin.bootstrap.cli.ExitStatus;
import jp.kenpo.kennin.bootstrap.config.KenninConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dataDir;
    private Map<String, String> env;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final RecordingApplication application = new RecordingApplication();
    private final List<KenninConfig> wired = new ArrayList<>();

    @BeforeEach
    void setUp() {
        env = Map.of("KENNIN_DATA_DIR", dataDir.toString(), "KENNIN_HTTP_PORT", "8123");
    }

    @Test
    void withoutArgumentsTheServerStartsAndTheProcessStaysAlive() {
        ExitStatus status = main().run();

        assertThat(status).isEqualTo(ExitStatus.SERVING);
        assertThat(status.exitCode()).isEmpty();
        assertThat(application.calls).containsExactly("serve");
        assertThat(wired).singleElement().satisfies(config -> assertThat(config.httpPort()).isEqualTo(8123));
    }

    @Test
    void demoSeedsBeforeServing() {
        assertThat(main().run("demo")).isEqualTo(ExitStatus.SERVING);
        assertThat(application.calls).containsExactly("seedDemo", "serve");
    }

    @Test
    void helpPrintsUsageInBothLanguagesWithoutBuildingAnything() {
        ExitStatus status = main().run("help");

        assertThat(status.exitCode()).hasValue(0);
        assertThat(out()).contains("使い方: java -jar kenpo-kennin.jar").contains("Usage: java -jar kenpo-kennin.jar")
                .contains("import-roster --insurer");
        assertThat(wired).isEmpty();
    }

    @Test
    void aWrongCommandLineExitsWith2AfterSayingWhatIsWrongAndHowToUseIt() {
        ExitStatus status = main().run("import-roster", "--insurer", "acme", "--dry-run", "roster.csv");

        assertThat(status.exitCode()).hasValue(2);
        assertThat(err()).contains("--dry-run というオプションはありません").contains("There is no option --dry-run")
                .contains("使い方:");
        assertThat(wired).isEmpty();
    }

    @Test
    void anInvalidSettingExitsWith2NamingTheVariableWithoutBuildingAnything() {
        env = Map.of("KENNIN_DATA_DIR", dataDir.toString(), "KENNIN_HTTP_PORT", "http");

        ExitStatus status = main().run("serve");

        assertThat(status).isEqualTo(ExitStatus.INVALID_USE);
        assertThat(err()).contains("環境変数 KENNIN_HTTP_PORT には 1〜65535 の整数を指定してください（指定値: http）")
                .contains("Environment variable KENNIN_HTTP_PORT must be a whole number from 1 to 65535 (was: http)");
        assertThat(wired).isEmpty();
    }

    @Test
    void importRosterRunsOnTheWiredApplicationAndEndsWithItsStatus() throws IOException {
        Path roster = Files.writeString(dataDir.resolve("roster.csv"), "記号,番号,氏名,氏名カナ,生年月日,メールアドレス\n");

        ExitStatus status = main().run("import-roster", "--insurer", "acme", roster.toString());

        assertThat(status.exitCode()).hasValue(0);
        assertThat(application.calls).containsExactly("importRoster acme 0 rows", "close");
        assertThat(out()).contains("作成 0 件 / 更新 0 件 / 変更なし 0 件");
    }

    @Test
    void importRosterOfDependentsRunsTheDependentsImport() throws IOException {
        Path roster = Files.writeString(dataDir.resolve("dependents.csv"), "記号,番号,被扶養者番号,氏名,氏名カナ,生年月日,続柄,性別\n");

        ExitStatus status = main().run("import-roster", "--kind", "dependents", "--insurer", "acme", roster.toString());

        assertThat(status.exitCode()).hasValue(0);
        assertThat(application.calls).containsExactly("importDependents acme 0 rows", "close");
    }

    private Main main() {
        return new Main(env, config -> {
            wired.add(config);
            return application;
        }, new ConsoleMessages("i18n/test-reasons"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static final class RecordingApplication implements Application {
        final List<String> calls = new ArrayList<>();

        @Override
        public void serve() {
            calls.add("serve");
        }

        @Override
        public void seedDemo(PrintStream out) {
            calls.add("seedDemo");
        }

        @Override
        public ImportRosterResult importRoster(ImportRosterCommand command) {
            calls.add("importRoster " + command.insurerCode() + " " + command.rows().size() + " rows");
            return new ImportRosterResult.Imported(0, 0, 0);
        }

        @Override
        public ImportRosterResult importDependents(ImportDependentsCommand command) {
            calls.add("importDependents " + command.insurerCode() + " " + command.rows().size() + " rows");
            return new ImportRosterResult.Imported(0, 0, 0);
        }

        @Override
        public void close() {
            calls.add("close");
        }
    }
}
