package jp.kenpo.kennin.bootstrap.ops;

import static jp.kenpo.kennin.bootstrap.ops.BackupScenario.SECRET;
import static jp.kenpo.kennin.bootstrap.ops.BackupScenario.command;
import static jp.kenpo.kennin.bootstrap.ops.BackupScenario.exitCode;
import static jp.kenpo.kennin.bootstrap.ops.BackupScenario.logIn;
import static jp.kenpo.kennin.bootstrap.ops.BackupScenario.png;
import static jp.kenpo.kennin.bootstrap.ops.BackupScenario.restoredServesThePhoto;
import static jp.kenpo.kennin.bootstrap.ops.BackupScenario.run;
import static jp.kenpo.kennin.bootstrap.ops.BackupScenario.script;
import static jp.kenpo.kennin.bootstrap.ops.BackupScenario.uploadPhoto;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kenpo.kennin.bootstrap.Wiring;
import jp.kenpo.kennin.bootstrap.config.KenninConfig;
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
                    documentPath = uploadPhoto(logIn(web.port()), photo);
                } finally {
                    web.stop();
                }
            }
            Map<String, Long> before = counts(original);
            assertThat(before.get("survey_document")).isEqualTo(1);

            Path backups = Files.createDirectories(dir.resolve("backups"));
            String backupDir = run(process(List.of(script("backup-postgres.sh"), original, backups.toString(),
                    liveData.resolve("documents").toString()))).strip();
            assertThat(Path.of(backupDir)).isDirectory();
            assertThat(Path.of(backupDir, "database.dump")).isNotEmptyFile();

            Path restoredData = Files.createDirectories(dir.resolve("restored"));
            run(process(List.of(script("restore-postgres.sh"), backupDir, restored, restoredData.resolve("documents").toString())));
            assertThat(counts(restored)).isEqualTo(before);

            // A second restore into the same database is refused, never merged into it.
            assertThat(exitCode(process(List.of(script("restore-postgres.sh"), backupDir, restored,
                    dir.resolve("elsewhere").toString())))).isNotZero();

            try (Wiring onRestored = Wiring.of(config(restored, restoredData))) {
                restoredServesThePhoto(onRestored, documentPath, photo);
            }
        } finally {
            administer("drop database if exists " + original + " with (force)");
            administer("drop database if exists " + restored + " with (force)");
        }
    }

    private static KenninConfig config(String database, Path dataDir) {
        return KenninConfig.fromEnvironment(Map.of(KenninConfig.DATA_DIR, dataDir.toString(), KenninConfig.SECRET, SECRET,
                KenninConfig.DB_URL, SERVER + database, KenninConfig.DB_USER, "postgres", KenninConfig.HASH_THREADS, "1"));
    }

    private static ProcessBuilder process(List<String> command) {
        ProcessBuilder builder = command(command);
        builder.environment().put("PGHOST", "127.0.0.1");
        builder.environment().put("PGPORT", "5432");
        builder.environment().put("PGUSER", "postgres");
        return builder;
    }

    private static Map<String, Long> counts(String database) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + database, "postgres", "")) {
            return BackupScenario.counts(c);
        }
    }

    private static void administer(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }
}
