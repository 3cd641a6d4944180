package jp.kenpo.kennin.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kenpo.kennin.application.review.ExtendSurveyDeadlineUseCase.ExtendSurveyDeadlineResult;
import jp.kenpo.kennin.adapters.cli.Application;
import jp.kenpo.kennin.adapters.cli.ConsoleMessages;
import jp.kenpo.kennin.adapters.cli.ExitStatus;
import jp.kenpo.kennin.bootstrap.config.KenninConfig;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.application.registration.UnlockSignupUseCase.UnlockSignupCommand;
import jp.kenpo.kennin.application.registration.UnlockSignupUseCase.UnlockSignupResult;
import jp.kenpo.kennin.application.staff.CreateOperatorUseCase.CreateOperatorCommand;
import jp.kenpo.kennin.application.staff.CreateOperatorUseCase.CreateOperatorResult;
import jp.kenpo.kennin.application.staff.ReissueOperatorEnrolmentUseCase.ReissueOperatorEnrolmentCommand;
import jp.kenpo.kennin.application.staff.ReissueOperatorEnrolmentUseCase.ReissueOperatorEnrolmentResult;
import jp.kenpo.kennin.application.keyrotation.ResealSecretsUseCase.ResealSecretsCommand;
import jp.kenpo.kennin.application.keyrotation.ResealSecretsUseCase.ResealSecretsResult;
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
                .contains("import-roster --insurer").contains("return-response --insurer").contains("extend-deadline --insurer");
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

    // --- jobs ---
    @Test
    void aMailRateOutOfRangeExitsWith2NamingTheVariable() {
        env = Map.of("KENNIN_DATA_DIR", dataDir.toString(), "KENNIN_MAIL_PER_MINUTE", "100000");

        ExitStatus status = main().run("serve");

        assertThat(status).isEqualTo(ExitStatus.INVALID_USE);
        assertThat(err()).contains("環境変数 KENNIN_MAIL_PER_MINUTE には 1〜60000 の整数を指定してください（指定値: 100000）")
                .contains("Environment variable KENNIN_MAIL_PER_MINUTE must be a whole number from 1 to 60000 (was: 100000)");
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
    void aDatabaseLostDuringAnImportEndsWith3AndSaysNothingWasStored() throws IOException {
        Path roster = Files.writeString(dataDir.resolve("roster.csv"), "記号,番号,氏名,氏名カナ,生年月日,メールアドレス\n");
        application.failure = new RuntimeException("SQL [merge into member ...]",
                new java.sql.SQLException("FATAL: terminating connection due to administrator command", "57P01"));

        ExitStatus status = main().run("import-roster", "--insurer", "acme", roster.toString());

        assertThat(status.exitCode()).hasValue(3);
        assertThat(err()).contains("実行中にデータベースとの接続が切れました: FATAL: terminating connection")
                .contains("途中までの内容は保存されていません").contains("nothing of it was stored").doesNotContain("\tat ");
        assertThat(application.calls).endsWith("close");
    }

    @Test
    void anyOtherFailureOfACommandIsNotPassedOffAsALostConnection() throws IOException {
        Path roster = Files.writeString(dataDir.resolve("roster.csv"), "記号,番号,氏名,氏名カナ,生年月日,メールアドレス\n");
        application.failure = new RuntimeException("a bug", new java.sql.SQLException("duplicate key", "23505"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> main().run("import-roster", "--insurer", "acme", roster.toString()))
                .hasMessage("a bug");
    }

    @Test
    void importRosterOfDependentsRunsTheDependentsImport() throws IOException {
        Path roster = Files.writeString(dataDir.resolve("dependents.csv"), "記号,番号,被扶養者番号,氏名,氏名カナ,生年月日,続柄,性別\n");

        ExitStatus status = main().run("import-roster", "--kind", "dependents", "--insurer", "acme", roster.toString());

        assertThat(status.exitCode()).hasValue(0);
        assertThat(application.calls).containsExactly("importDependents acme 0 rows", "close");
    }

    @Test
    void returnResponseRunsOnTheWiredApplicationAsALocalCallerAndEndsWithItsStatus() {
        ExitStatus status = main().run("return-response", "--insurer", "acme", "--symbol", "12", "--number", "3456", "--dependent",
                "1", "--reason", "学生証の裏面も提出してください。", "--staff", "加藤");

        assertThat(status.exitCode()).hasValue(0);
        assertThat(application.calls).containsExactly("returnResponse acme 12 3456 1 学生証の裏面も提出してください。 加藤 local", "close");
        assertThat(out()).contains("差し戻しました（会員へ通知メールを送信しました）").contains("Returned");
    }

    @Test
    void reissueOperatorRunsOnTheWiredApplicationAndPrintsTheNewLink() {
        ExitStatus status = main().run("reissue-operator", "--login", "ops.tanaka");

        assertThat(status.exitCode()).hasValue(0);
        assertThat(application.calls).containsExactly("reissueOperator ops.tanaka", "close");
        assertThat(out()).contains("http://localhost:8080/admin/enrol/n3wt0ken", "2026/04/02 09:00 (JST)");
    }

    @Test
    void createOperatorRunsOnTheWiredApplicationAndPrintsTheLink() {
        ExitStatus status = main().run("create-operator", "--login", "ops.tanaka");

        assertThat(status.exitCode()).hasValue(0);
        assertThat(application.calls).containsExactly("createOperator ops.tanaka null", "close");
        assertThat(out()).contains("http://localhost:8080/admin/enrol/t0ken", "2026/04/02 09:00 (JST)");
    }

    @Test
    void extendDeadlineThatIsRefusedExitsWith1() {
        application.extension = new ExtendSurveyDeadlineResult.NotFound();

        ExitStatus status = main().run("extend-deadline", "--insurer", "acme", "--symbol", "12", "--number", "3456", "--until",
                "2027/01/10", "--staff", "加藤");

        assertThat(status).isEqualTo(ExitStatus.FAILURE);
        assertThat(status.exitCode()).hasValue(1);
        assertThat(application.calls).containsExactly("extendDeadline acme 12 3456 2027/01/10 加藤 local", "close");
        assertThat(err()).contains("該当する被保険者が見つかりません").contains("No such member");
    }

    @Test
    void aReviewCommandWithoutTheStaffExitsWith2WithoutBuildingAnything() {
        ExitStatus status = main().run("extend-deadline", "--insurer", "acme", "--symbol", "12", "--number", "3456", "--until",
                "2027/01/10");

        assertThat(status.exitCode()).hasValue(2);
        assertThat(err()).contains("--staff を指定してください").contains("--staff is required").contains("使い方:");
        assertThat(wired).isEmpty();
    }

    // --- ops ---
    @Test
    void resealSecretsRunsOnTheWiredApplicationAndPrintsTheCounts() {
        ExitStatus status = main().run("reseal-secrets", "--staff", "運用 山田");

        assertThat(status.exitCode()).hasValue(0);
        assertThat(application.calls).containsExactly("resealSecrets 運用 山田", "close");
        assertThat(out()).contains("Sealed again with the current key: 2; already current: 1");
    }

    @Test
    void aPreviousSecretEqualToTheCurrentOneOrABadLogFormatStopsWithExit2() {
        env = new java.util.HashMap<>(env);
        env.put("KENNIN_SECRET", "a".repeat(40));
        env.put("KENNIN_SECRET_PREVIOUS", "a".repeat(40));
        assertThat(main().run("serve").exitCode()).hasValue(2);
        assertThat(err()).contains("KENNIN_SECRET_PREVIOUS");

        env.put("KENNIN_SECRET_PREVIOUS", "b".repeat(40));
        env.put("KENNIN_LOG_FORMAT", "xml");
        assertThat(main().run("serve").exitCode()).hasValue(2);
        assertThat(err()).contains("Environment variable KENNIN_LOG_FORMAT must be plain or json (was: xml)");

        env.put("KENNIN_LOG_FORMAT", "json");
        env.put("KENNIN_MANAGEMENT_BIND", "localhost");
        assertThat(main().run("serve").exitCode()).hasValue(2);
        assertThat(err()).contains("KENNIN_MANAGEMENT_BIND");
        assertThat(wired).isEmpty();
    }

    @Test
    void aDatabaseThatCannotBeReachedEndsWith3AndSaysSoInOneBilingualMessage() throws IOException {
        Map<String, String> unreachable = Map.of("KENNIN_DATA_DIR", dataDir.toString(), "KENNIN_HTTP_PORT", "8124",
                "KENNIN_DB_URL", "jdbc:postgresql://127.0.0.1:" + closedPort() + "/kennin", "KENNIN_DB_USER", "kennin",
                "KENNIN_DB_PASSWORD", "db-secret-never-shown");

        ExitStatus status = realMain(unreachable).run();

        assertThat(status.exitCode()).hasValue(3);
        assertThat(err()).contains("データベースを開けません").contains("The database cannot be opened").contains("refused")
                .doesNotContain("db-secret-never-shown").doesNotContain("\tat ");
    }

    @Test
    void objectStorageThatCannotBeReachedStopsTheServerFromStartingWith3() throws IOException {
        Map<String, String> unreachable = Map.of("KENNIN_DATA_DIR", dataDir.toString(), "KENNIN_HTTP_PORT", "8124",
                "KENNIN_DOCUMENT_STORE", "s3", "KENNIN_S3_ENDPOINT", "http://127.0.0.1:" + closedPort(),
                "KENNIN_S3_BUCKET", "kennin-docs", "KENNIN_S3_ACCESS_KEY", "kennin", "KENNIN_S3_SECRET_KEY", "s3-secret-never-shown");

        ExitStatus status = realMain(unreachable).run("serve");

        assertThat(status.exitCode()).hasValue(3);
        assertThat(err()).contains("文書の保存先を読めません").contains("The document storage cannot be read").contains("kennin-docs")
                .doesNotContain("s3-secret-never-shown").doesNotContain("\tat ");
        // The embedded database was closed again: the next start can open it.
        try (Wiring again = Wiring.of(KenninConfig.fromEnvironment(env))) {
            assertThat(again).isNotNull();
        }
    }

    private Main realMain(Map<String, String> environment) {
        return new Main(environment, Wiring::of, ConsoleMessages.standard(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** A port nothing listens on: one the system just handed out and took back. */
    private static int closedPort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
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
        RuntimeException failure;
        ExtendSurveyDeadlineResult extension = new ExtendSurveyDeadlineResult.Extended(new SurveyDeadline(LocalDate.of(2027, 1, 10)));

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
            int[] rows = new int[1];
            command.rows().forEachRow(row -> rows[0]++);
            calls.add("importRoster " + command.insurerCode() + " " + rows[0] + " rows");
            if (failure != null) {
                throw failure;
            }
            return new ImportRosterResult.Imported(0, 0, 0);
        }

        @Override
        public ImportRosterResult importDependents(ImportDependentsCommand command) {
            int[] rows = new int[1];
            command.rows().forEachRow(row -> rows[0]++);
            calls.add("importDependents " + command.insurerCode() + " " + rows[0] + " rows");
            return new ImportRosterResult.Imported(0, 0, 0);
        }

        @Override
        public ReturnSurveyResponseResult returnSurveyResponse(ReturnSurveyResponseCommand command) {
            calls.add(String.join(" ", "returnResponse", command.insurer(), command.symbol(), command.number(),
                    command.dependentNumber(), command.reason(), command.staff(), command.client().value()));
            return new ReturnSurveyResponseResult.Returned(true);
        }

        @Override
        public ExtendSurveyDeadlineResult extendSurveyDeadline(ExtendSurveyDeadlineCommand command) {
            calls.add(String.join(" ", "extendDeadline", command.insurer(), command.symbol(), command.number(), command.until(),
                    command.staff(), command.client().value()));
            return extension;
        }

        @Override
        public UnlockSignupResult unlockSignup(UnlockSignupCommand command) {
            calls.add(String.join(" ", "unlockSignup", command.insurer(), command.symbol(), command.number(), command.staff(),
                    command.client().value()));
            return new UnlockSignupResult.Unlocked();
        }

        // --- identity ---
        @Override
        public CreateOperatorResult createOperator(CreateOperatorCommand command) {
            calls.add(String.join(" ", "createOperator", command.login(), String.valueOf(command.displayName())));
            return new CreateOperatorResult.Created(new jp.kenpo.kennin.domain.staff.StaffId(1),
                    "http://localhost:8080/admin/enrol/t0ken", java.time.Instant.parse("2026-04-02T00:00:00Z"));
        }

        @Override
        public ReissueOperatorEnrolmentResult reissueOperatorEnrolment(ReissueOperatorEnrolmentCommand command) {
            calls.add("reissueOperator " + command.login());
            return new ReissueOperatorEnrolmentResult.Reissued(new jp.kenpo.kennin.domain.staff.StaffId(1),
                    "http://localhost:8080/admin/enrol/n3wt0ken", java.time.Instant.parse("2026-04-02T00:00:00Z"));
        }

        // --- ops ---
        @Override
        public ResealSecretsResult resealSecrets(ResealSecretsCommand command) {
            calls.add("resealSecrets " + command.operator());
            return new ResealSecretsResult(2, 1, 0, 0, 0);
        }

        @Override
        public void close() {
            calls.add("close");
        }
    }
}
