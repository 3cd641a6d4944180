package jp.kenpo.kennin.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.adapters.cli.ConsoleMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KenninConfigTest {
    private static final String SECRET = "0123456789abcdef0123456789abcdef";

    @TempDir
    Path dataDir;

    @Test
    void anEmptyEnvironmentGivesTheDocumentedDefaults() {
        KenninConfig config = KenninConfig.fromEnvironment(Map.of(KenninConfig.SECRET, SECRET));

        assertThat(config.httpPort()).isEqualTo(8080);
        assertThat(config.dataDir()).isEqualTo(Path.of("data"));
        assertThat(config.database()).isEqualTo(new KenninConfig.Database(Optional.empty(), "", ""));
        assertThat(config.smtp()).isEqualTo(new KenninConfig.Smtp(Optional.empty(), 587, "", "", true));
        assertThat(config.baseUrl()).isEqualTo(URI.create("http://localhost:8080"));
        assertThat(config.hashThreads()).isEqualTo(Math.min(Runtime.getRuntime().availableProcessors(), KenninConfig.MAX_HASH_THREADS));
        assertThat(config.outboxDir()).isEqualTo(Path.of("data", "outbox"));
        assertThat(config.network().trustedProxies().isEmpty()).as("no proxy trusted unless named").isTrue();
        assertThat(config.network().httpBind()).as("every interface, as before").isEmpty();
    }

    @Test
    void everyVariableIsRead() {
        Map<String, String> env = Map.ofEntries(
                Map.entry("KENNIN_HTTP_PORT", "9090"),
                Map.entry("KENNIN_DATA_DIR", dataDir.toString()),
                Map.entry("KENNIN_DB_URL", "jdbc:postgresql://127.0.0.1:5432/kennin"),
                Map.entry("KENNIN_DB_USER", "kennin"),
                Map.entry("KENNIN_DB_PASSWORD", "db-pw"),
                Map.entry("KENNIN_SMTP_HOST", "smtp.example.invalid"),
                Map.entry("KENNIN_SMTP_PORT", "2525"),
                Map.entry("KENNIN_SMTP_USER", "mailer"),
                Map.entry("KENNIN_SMTP_PASSWORD", "smtp-pw"),
                Map.entry("KENNIN_SMTP_STARTTLS", "FALSE"),
                Map.entry("KENNIN_BASE_URL", "https://kennin.example.invalid/"),
                Map.entry("KENNIN_SECRET", SECRET),
                Map.entry("KENNIN_HASH_THREADS", "3"),
                Map.entry("KENNIN_MAX_UPLOAD_MB", "15"),
                Map.entry("KENNIN_TRUSTED_PROXIES", "10.0.0.0/8, fd00::/8"),
                Map.entry("KENNIN_HTTP_BIND", "127.0.0.1"),
                Map.entry("KENNIN_MAIL_PER_MINUTE", "1200"));

        KenninConfig config = KenninConfig.fromEnvironment(env);

        assertThat(config).isEqualTo(new KenninConfig(9090, dataDir,
                new KenninConfig.Database(Optional.of("jdbc:postgresql://127.0.0.1:5432/kennin"), "kennin", "db-pw"),
                new KenninConfig.Smtp(Optional.of("smtp.example.invalid"), 2525, "mailer", "smtp-pw", false),
                URI.create("https://kennin.example.invalid"), SECRET, 3, 15, config.network(), 1200,
                // --- objectstore --- documents on the file system, kept for ever
                new KenninConfig.DocumentStore(Optional.empty(), Optional.empty()),
                KenninConfig.Ops.defaults())); // --- ops --- unset: no management port, plain logs, no previous secret
        assertThat(config.network().trustedProxies().contains("10.1.2.3")).isTrue();
        assertThat(config.network().trustedProxies().contains("fd00::1")).isTrue();
        assertThat(config.network().trustedProxies().contains("192.0.2.1")).isFalse();
        assertThat(config.network().httpBind()).hasValue("127.0.0.1");
        assertThat(config.maxUploadBytes()).isEqualTo(15L * 1024 * 1024);
        assertThat(config.secretKey()).isEqualTo(SECRET.getBytes());
        assertThat(Files.exists(dataDir.resolve("secret.key"))).as("no key file when KENNIN_SECRET is set").isFalse();
    }

    @Test
    void theDefaultBaseUrlFollowsThePortAndBlankVariablesCountAsUnset() {
        KenninConfig config = KenninConfig.fromEnvironment(
                Map.of("KENNIN_HTTP_PORT", "9090", "KENNIN_SECRET", SECRET, "KENNIN_SMTP_HOST", "  ", "KENNIN_BASE_URL", ""));

        assertThat(config.baseUrl()).isEqualTo(URI.create("http://localhost:9090"));
        assertThat(config.smtp().host()).isEmpty();
        assertThat(config.mailPerMinute()).as("campaign mails a minute by default").isEqualTo(600);
    }

    @Test
    void withoutKenninSecretAKeyIsGeneratedOnceForTheOwnerOnlyAndReused() throws IOException {
        Path nested = dataDir.resolve("not-yet-there");
        Map<String, String> env = Map.of("KENNIN_DATA_DIR", nested.toString());

        KenninConfig first = KenninConfig.fromEnvironment(env);
        KenninConfig second = KenninConfig.fromEnvironment(env);

        Path keyFile = nested.resolve("secret.key");
        assertThat(first.secret()).hasSize(44).isEqualTo(Files.readString(keyFile).strip());
        assertThat(second.secret()).isEqualTo(first.secret());
        if (keyFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(keyFile))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
    }

    @Test
    void aDataDirectoryThatIsAFileIsReportedByName() throws IOException {
        Path file = Files.writeString(dataDir.resolve("a-file"), "x");

        assertThatThrownBy(() -> KenninConfig.fromEnvironment(Map.of("KENNIN_DATA_DIR", file.toString())))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.variable()).isEqualTo("KENNIN_DATA_DIR");
                    assertThat(e.key()).isEqualTo("config.error.dataDir");
                });
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "KENNIN_HTTP_PORT     | eighty      | config.error.intRange",
            "KENNIN_HTTP_PORT     | 0           | config.error.intRange",
            "KENNIN_HTTP_PORT     | 65536       | config.error.intRange",
            "KENNIN_SMTP_PORT     | -1          | config.error.intRange",
            "KENNIN_HASH_THREADS  | 0           | config.error.intRange",
            "KENNIN_HASH_THREADS  | 65          | config.error.intRange",
            "KENNIN_MAIL_PER_MINUTE | 0         | config.error.intRange",
            "KENNIN_MAIL_PER_MINUTE | 60001     | config.error.intRange",
            "KENNIN_MAIL_PER_MINUTE | 10/s      | config.error.intRange",
            "KENNIN_SMTP_STARTTLS | yes         | config.error.boolean",
            "KENNIN_BASE_URL      | localhost:8080 | config.error.baseUrl",
            "KENNIN_BASE_URL      | ftp://example.invalid | config.error.baseUrl",
            "KENNIN_BASE_URL      | http://exa mple | config.error.baseUrl",
            "KENNIN_BASE_URL      | https://example.invalid/?q=1 | config.error.baseUrl",
            "KENNIN_DB_URL        | postgresql://127.0.0.1/kennin | config.error.jdbcUrl",
            "KENNIN_SECRET        | too-short   | config.error.secretTooShort",
            "KENNIN_SMTP_USER     | mailer      | config.error.smtpCredentials",
            "KENNIN_TRUSTED_PROXIES | 10.0.0.0/33 | config.error.trustedProxies",
            "KENNIN_TRUSTED_PROXIES | proxy.example.jp | config.error.trustedProxies",
            "KENNIN_HTTP_BIND     | localhost   | config.error.bindAddress",
            "KENNIN_HTTP_BIND     | 127.0.0.256 | config.error.bindAddress",
            "KENNIN_HTTP_BIND     | 10.0.0.0/8  | config.error.bindAddress",
    })
    void anInvalidValueNamesItsVariableInJapaneseAndEnglish(String variable, String value, String key) {
        Map<String, String> env = new HashMap<>(Map.of("KENNIN_SECRET", SECRET));
        env.put(variable, value);

        assertThatThrownBy(() -> KenninConfig.fromEnvironment(env))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.key()).isEqualTo(key);
                    String variableAtFault = variable.equals("KENNIN_SMTP_USER") ? "KENNIN_SMTP_PASSWORD" : variable;
                    assertThat(e.variable()).isEqualTo(variableAtFault);
                    String text = ConsoleMessages.standard().bilingual(e.key(), e.args());
                    assertThat(text.lines()).hasSize(2).allSatisfy(line -> assertThat(line).contains(variableAtFault));
                    assertThat(text).contains("環境変数").contains("Environment variable");
                });
    }

    @Test
    void toStringHidesPasswordsAndTheSecret() {
        KenninConfig config = KenninConfig.fromEnvironment(Map.of("KENNIN_SECRET", SECRET, "KENNIN_DB_PASSWORD", "db-pw",
                "KENNIN_SMTP_USER", "mailer", "KENNIN_SMTP_PASSWORD", "smtp-pw"));

        assertThat(config.toString()).doesNotContain(SECRET, "db-pw", "smtp-pw").contains("mailer");
    }

    // --- ops ---
    @Test
    void theManagementPortListensOnLoopbackUnlessToldAndThePreviousSecretIsKeptForRotation() {
        KenninConfig config = KenninConfig.fromEnvironment(Map.of("KENNIN_SECRET", SECRET, "KENNIN_MANAGEMENT_PORT", "9464",
                "KENNIN_LOG_FORMAT", "JSON", "KENNIN_SECRET_PREVIOUS", "p".repeat(32)));

        assertThat(config.ops().managementPort()).hasValue(9464);
        assertThat(config.ops().managementBind()).isEqualTo("127.0.0.1");
        assertThat(config.ops().logFormat()).isEqualTo(jp.kenpo.kennin.bootstrap.ops.LogFormatConfigurator.LogFormat.JSON);
        assertThat(config.previousSecretKeys()).singleElement().isEqualTo("p".repeat(32).getBytes());
        assertThat(config.toString()).doesNotContain("p".repeat(32));
    }

    @Test
    void badOperationsValuesNameTheirVariable() {
        assertThatThrownBy(() -> KenninConfig.fromEnvironment(Map.of("KENNIN_SECRET", SECRET, "KENNIN_MANAGEMENT_PORT", "70000")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("KENNIN_MANAGEMENT_PORT");
        assertThatThrownBy(() -> KenninConfig.fromEnvironment(Map.of("KENNIN_SECRET", SECRET, "KENNIN_SECRET_PREVIOUS", "short")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("KENNIN_SECRET_PREVIOUS");
    }
}
