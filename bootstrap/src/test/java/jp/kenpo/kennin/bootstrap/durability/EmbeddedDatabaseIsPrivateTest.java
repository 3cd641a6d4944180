package jp.kenpo.kennin.bootstrap.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import jp.kenpo.kennin.adapters.persistence.Database;
import jp.kenpo.kennin.bootstrap.Main;
import jp.kenpo.kennin.bootstrap.Wiring;
import jp.kenpo.kennin.bootstrap.config.KenninConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another user on the same machine must not read the embedded database: not through its files
 * (owner-only data directory and files), not through H2's AUTO_SERVER port (loopback only, and a
 * password no one else knows), and an installation from before the password still starts.
 */
class EmbeddedDatabaseIsPrivateTest {
    @TempDir
    Path work;

    private static final String SILENT_SECRET = "private-test-secret-private-test-secret";

    private static Map<String, String> env(Path dataDir) {
        return Map.of(KenninConfig.DATA_DIR, dataDir.toString(), KenninConfig.SECRET, SILENT_SECRET, KenninConfig.HASH_THREADS, "1");
    }

    @Test
    void theDataDirectoryAndWhatIsInItAreMadeOwnerOnlyAtStartEvenWhenAnOlderVersionLeftThemOpen() throws Exception {
        Path dataDir = Files.createDirectories(work.resolve("data"));
        assumeTrue(dataDir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path oldDb = Files.writeString(dataDir.resolve("kennin.mv.db"), "as H2 left it");
        Files.setPosixFilePermissions(oldDb, PosixFilePermissions.fromString("rw-r--r--"));
        Path outbox = Files.createDirectories(dataDir.resolve("outbox"));
        Files.setPosixFilePermissions(outbox, PosixFilePermissions.fromString("rwxr-xr-x"));

        KenninConfig.fromEnvironment(env(dataDir)).embeddedDatabasePassword();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(oldDb))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(outbox))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve(KenninConfig.DB_KEY_FILE))))
                .isEqualTo("rw-------");

        Path fresh = work.resolve("fresh").resolve("data");
        KenninConfig.fromEnvironment(env(fresh)).secureDataDir();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rwx------");
    }

    @Test
    void theDatabaseFilesH2CreatesOnAFreshInstallationAreOwnerOnlyToo() throws Exception {
        Path dataDir = work.resolve("new-install");
        try (Wiring wiring = Wiring.of(KenninConfig.fromEnvironment(env(dataDir)))) {
            assumeTrue(dataDir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
            // H2 creates its files with the process's umask (0644 here) after the directory was secured.
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("kennin.mv.db"))))
                    .isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("kennin.lock.db"))))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void theEmbeddedDatabaseHasAGeneratedPasswordAndTheEmptyOneNoLongerOpensIt() throws Exception {
        Path dataDir = work.resolve("data");
        KenninConfig config = KenninConfig.fromEnvironment(env(dataDir));
        String generated = config.embeddedDatabasePassword();
        String password = Files.readString(dataDir.resolve(KenninConfig.DB_KEY_FILE)).strip();
        assertThat(password).hasSizeGreaterThanOrEqualTo(40).isEqualTo(generated);
        assertThat(config.toString()).doesNotContain(password);
        try (Wiring wiring = Wiring.of(config)) {
            // started, migrated
        }
        assertThatThrownBy(() -> DriverManager.getConnection(Database.h2FileUrl(dataDir), "sa", "").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("Wrong user name or password");
        try (Connection ok = DriverManager.getConnection(Database.h2FileUrl(dataDir), "sa", password)) {
            assertThat(ok.isValid(1)).isTrue();
        }
    }

    @Test
    void aDatabaseMadeByAnOlderVersionWithAnEmptyPasswordGetsTheNewPasswordAtTheFirstStartAndKeepsItsData() throws Exception {
        Path dataDir = Files.createDirectories(work.resolve("data"));
        try (Database old = Database.connect(Database.h2FileUrl(dataDir), "sa", "")) {
            // what every installation before db.key has: the schema, user sa, no password
        }
        try (Connection old = DriverManager.getConnection(Database.h2FileUrl(dataDir), "sa", "")) {
            old.createStatement().execute("create table upgrade_marker (n int)");
            old.createStatement().execute("insert into upgrade_marker values (42)");
        }

        KenninConfig config = KenninConfig.fromEnvironment(env(dataDir));
        try (Wiring wiring = Wiring.of(config)) {
            wiring.seedDemo(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        }
        try (Wiring again = Wiring.of(KenninConfig.fromEnvironment(env(dataDir)))) {
            // the second start uses the password set by the first
        }

        assertThatThrownBy(() -> DriverManager.getConnection(Database.h2FileUrl(dataDir), "sa", "").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("Wrong user name or password");
        try (Connection upgraded = DriverManager.getConnection(Database.h2FileUrl(dataDir), "sa", config.embeddedDatabasePassword());
             var rows = upgraded.createStatement().executeQuery("select n from upgrade_marker")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(42);
        }
    }

    @Test
    @Tag("slow") // runs import-roster in a JVM of its own
    void theAutoServerPortListensOnLoopbackOnlyAndTheCommandsStillReachTheRunningServerThroughIt() throws Exception {
        Path dataDir = work.resolve("data");
        KenninConfig config = KenninConfig.fromEnvironment(env(dataDir));
        try (Wiring running = Wiring.of(config)) {
            running.seedDemo(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            Properties lock = new Properties();
            try (InputStream in = Files.newInputStream(dataDir.resolve("kennin.lock.db"))) {
                lock.load(in);
            }
            String server = lock.getProperty("server");
            assertThat(server).as("address H2 advertises in its lock file").matches("(127\\.0\\.0\\.1|localhost):\\d+");
            int port = Integer.parseInt(server.substring(server.indexOf(':') + 1));
            try (Socket loopback = new Socket(InetAddress.getLoopbackAddress(), port)) {
                assertThat(loopback.isConnected()).isTrue();
            }
            Optional<InetAddress> external = externalAddress();
            if (external.isPresent()) {
                try (Socket outside = new Socket()) {
                    assertThatThrownBy(() -> outside.connect(new InetSocketAddress(external.get(), port), 2_000))
                            .as("connecting to %s:%d", external.get(), port).isInstanceOf(ConnectException.class);
                }
            }

            // import-roster from the jar, while the server holds the database: it goes through that port.
            Path csv = Files.writeString(work.resolve("roster.csv"), """
                    記号,番号,氏名,氏名カナ,生年月日,メールアドレス
                    91,1,併用　太郎,ヘイヨウ タロウ,1980/01/01,heiyou@example.invalid
                    """);
            ProcessBuilder command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx128m", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "import-roster", "--insurer",
                    "demo", csv.toString()).redirectErrorStream(true).redirectOutput(work.resolve("cli.log").toFile());
            command.environment().keySet().removeIf(name -> name.startsWith("KENNIN_"));
            command.environment().putAll(env(dataDir));
            Process cli = command.start();
            assertThat(cli.waitFor(180, TimeUnit.SECONDS)).isTrue();
            assertThat(cli.exitValue()).as("import-roster output:\n%s", Files.readString(work.resolve("cli.log"))).isZero();
        }
    }

    private static Optional<InetAddress> externalAddress() throws IOException {
        for (NetworkInterface nic : List.copyOf(java.util.Collections.list(NetworkInterface.getNetworkInterfaces()))) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : java.util.Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address) {
                    return Optional.of(address);
                }
            }
        }
        return Optional.empty();
    }
}
