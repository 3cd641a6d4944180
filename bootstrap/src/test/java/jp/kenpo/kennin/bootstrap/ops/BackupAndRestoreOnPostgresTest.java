package jp.kenpo.kennin.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.javalin.Javalin;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.bootstrap.Wiring;
import jp.kenpo.kennin.bootstrap.config.KenninConfig;
import jp.kenpo.kennin.bootstrap.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented backup and restore, run as an operator would: a PostgreSQL installation with the
 * demo and a member's uploaded photo is backed up with ops/backup-postgres.sh and restored with
 * ops/restore-postgres.sh into a fresh database and an empty documents folder. The restored
 * database has the same rows, and the application started on it lets the member log in and see
 * the same photo, byte for byte.
 */
class BackupAndRestoreOnPostgresTest {
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String SECRET = "backup-test-secret-backup-test-secret-0";
    private static final List<String> TABLES = List.of("insurer", "member", "account", "dependent", "survey_document",
            "audit_log", "staff", "flyway_schema_history");

    @TempDir
    Path dir;

    @Test
    void aBackupRestoredIntoAFreshDatabaseHasTheSameRowsAndServesTheSameDocument() throws Exception {
        assumeFalse(Boolean.getBoolean("kennin.skipPostgres"), "kennin.skipPostgres=true");
        String suffix = UUID.randomUUID().toString().replace("-", "");
        String original = "kennin_ops_backup_" + suffix;
        String restored = "kennin_ops_restored_" + suffix;
        administer("create database " + original);
        try {
            Path liveData = dir.resolve("live");
            byte[] photo = png();
            String documentPath;
            try (Wiring live = Wiring.of(config(original, liveData))) {
                live.seedDemo(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
                Javalin web = live.startWeb(0);
                try {
                    Browser member = logIn(web.port());
                    Matcher dependent = Pattern.compile("/survey/dependents/(\\d+)").matcher(member.open("/home").body());
                    assertThat(dependent.find()).isTrue();
                    String documents = "/survey/dependents/" + dependent.group(1) + "/documents";
                    String form = "/survey/dependents/" + dependent.group(1);
                    member.open(form);
                    member.submit(form, Map.ofEntries(Map.entry("LIVING", "TOGETHER"), Map.entry("SITUATION", "STUDENT"),
                        Map.entry("RESIDENCE", "IN_JAPAN"), Map.entry("EMPLOYMENT_CHANGED", "no"),
                        Map.entry("UNEMPLOYMENT_BENEFIT", "NOT_CLAIMING"), Map.entry("OTHER_HEALTH_INSURANCE", "no"),
                        Map.entry("DISABLED", "no"), Map.entry("MEMBER_INCOME", "6,000,000")));
                    Matcher kind = Pattern.compile("name=\"kind\" value=\"([A-Z_]+)\"").matcher(member.open(documents).body());
                    assertThat(kind.find()).as("a document the answers ask for").isTrue();
                    HttpResponse<String> after = member.upload(documents, Map.of("kind", kind.group(1)), "証明書.png", "image/png",
                            photo);
                    Matcher link = Pattern.compile("/survey/documents/[0-9a-f]{32}").matcher(after.body());
                    assertThat(link.find()).as("the uploaded photo is listed: %s", after.body().replaceAll("(?s).*<main", "<main")
                            .replaceAll("\\s+", " ")).isTrue();
                    documentPath = link.group();
                } finally {
                    web.stop();
                }
            }
            Map<String, Long> before = counts(original);
            assertThat(before.get("survey_document")).isEqualTo(1);

            Path backups = Files.createDirectories(dir.resolve("backups"));
            String backupDir = run(List.of(script("backup-postgres.sh"), original, backups.toString(),
                    liveData.resolve("documents").toString())).strip();
            assertThat(Path.of(backupDir)).isDirectory();
            assertThat(Path.of(backupDir, "database.dump")).isNotEmptyFile();

            Path restoredData = Files.createDirectories(dir.resolve("restored"));
            run(List.of(script("restore-postgres.sh"), backupDir, restored, restoredData.resolve("documents").toString()));
            assertThat(counts(restored)).isEqualTo(before);

            // A second restore into the same database is refused, never merged into it.
            Process again = process(List.of(script("restore-postgres.sh"), backupDir, restored,
                    dir.resolve("elsewhere").toString()));
            assertThat(again.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(again.exitValue()).isNotZero();

            try (Wiring onRestored = Wiring.of(config(restored, restoredData))) {
                Javalin web = onRestored.startWeb(0);
                try {
                    assertThat(onRestored.readiness().check().ready()).isTrue();
                    Browser member = logIn(web.port());
                    HttpResponse<byte[]> download = member.download(documentPath);
                    assertThat(download.statusCode()).isEqualTo(200);
                    assertThat(download.body()).isEqualTo(photo);
                } finally {
                    web.stop();
                }
            }
        } finally {
            administer("drop database if exists " + original + " with (force)");
            administer("drop database if exists " + restored + " with (force)");
        }
    }

    private static Browser logIn(int port) {
        Browser member = new Browser(port);
        member.open("/login");
        HttpResponse<String> landed = member.submit("/login", Map.of("userId", DemoData.USER_ID, "password", DemoData.PASSWORD));
        if (landed.uri().getPath().equals("/terms")) {
            landed = member.submit("/terms", Map.of("agreed", "on", "version", "1"));
        }
        assertThat(landed.uri().getPath()).isEqualTo("/home");
        return member;
    }

    private static KenninConfig config(String database, Path dataDir) {
        return KenninConfig.fromEnvironment(Map.of(KenninConfig.DATA_DIR, dataDir.toString(), KenninConfig.SECRET, SECRET,
                KenninConfig.DB_URL, SERVER + database, KenninConfig.DB_USER, "postgres", KenninConfig.HASH_THREADS, "1"));
    }

    private static String script(String name) {
        // Tests run in the module folder; the scripts are in the repository's ops/.
        return Path.of("").toAbsolutePath().getParent().resolve("ops").resolve(name).toString();
    }

    private Process process(List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("PGHOST", "127.0.0.1");
        builder.environment().put("PGPORT", "5432");
        builder.environment().put("PGUSER", "postgres");
        return builder.start();
    }

    private String run(List<String> command) throws Exception {
        Process process = process(command);
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("%s exit code", command.get(0)).isZero();
        return out;
    }

    private static Map<String, Long> counts(String database) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(SERVER + database, "postgres", ""); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet r = s.executeQuery("select count(*) from " + table)) {
                    r.next();
                    counts.put(table, r.getLong(1));
                }
            }
        }
        return counts;
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                image.setRGB(x, y, (x * 7 + y * 13) & 0xffffff);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static void administer(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }
}
