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

import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import jp.kenpo.kennin.adapters.persistence.Database;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.bootstrap.Wiring;
import jp.kenpo.kennin.bootstrap.config.KenninConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented backup and restore of the embedded database, run as an operator would: an H2
 * installation with the demo and a member's uploaded photo is backed up with ops/backup-h2.sh
 * while the application serves (H2's online BACKUP through the server's own port), and restored
 * with ops/restore-h2.sh into a fresh data directory. The restored database has the same rows, and
 * the application started on it lets the member log in and see the same photo, byte for byte. The
 * restore refuses a data directory that is not empty, leaving it as it was, and a backup whose
 * files no longer match their checksums.
 */
class BackupAndRestoreOnH2Test {
    @TempDir
    Path dir;

    @Test
    void aBackupTakenWhileServingRestoresIntoAFreshDataDirWithTheSameRowsAndServesTheSameDocument() throws Exception {
        Path liveData = dir.resolve("live");
        Path backups = Files.createDirectories(dir.resolve("backups"));
        byte[] photo = png();
        String documentPath;
        Map<String, Long> before;
        String backupDir;
        try (Wiring live = Wiring.of(config(liveData))) {
            live.seedDemo(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            Javalin web = live.startWeb(0);
            try {
                Browser member = logIn(web.port());
                documentPath = uploadPhoto(member, photo);
                before = counts(liveData);
                assertThat(before.get("survey_document")).isEqualTo(1);

                // Online: the application keeps the database open and serving while the backup is taken.
                backupDir = run(command(List.of(script("backup-h2.sh"), liveData.toString(), backups.toString(), h2Jar())))
                        .strip();
                assertThat(member.download(documentPath).body()).isEqualTo(photo);
            } finally {
                web.stop();
            }
        }
        assertThat(Path.of(backupDir)).isDirectory();
        assertThat(Path.of(backupDir, "database.zip")).isNotEmptyFile();
        assertThat(Path.of(backupDir, "documents.tar")).isNotEmptyFile();

        Path restoredData = Files.createDirectories(dir.resolve("restored"));
        run(command(List.of(script("restore-h2.sh"), backupDir, restoredData.toString(), h2Jar())));
        assertThat(counts(restoredData)).isEqualTo(before);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(restoredData.resolve(KenninConfig.DB_KEY_FILE))))
                .isEqualTo("rw-------");

        try (Wiring onRestored = Wiring.of(config(restoredData))) {
            restoredServesThePhoto(onRestored, documentPath, photo);
        }

        // A second restore over the installation just restored is refused, and leaves every file as it was.
        Map<String, String> installed = files(restoredData);
        assertThat(exitCode(command(List.of(script("restore-h2.sh"), backupDir, restoredData.toString(), h2Jar()))))
                .isEqualTo(2);
        assertThat(files(restoredData)).isEqualTo(installed);

        // A backup with one byte changed is refused before anything is written.
        Path damaged = Files.createDirectories(dir.resolve("damaged"));
        try (Stream<Path> entries = Files.list(Path.of(backupDir))) {
            for (Path entry : entries.toList()) {
                Files.copy(entry, damaged.resolve(entry.getFileName()));
            }
        }
        byte[] tar = Files.readAllBytes(damaged.resolve("documents.tar"));
        tar[tar.length / 2] ^= 1;
        Files.write(damaged.resolve("documents.tar"), tar);
        Path fromDamaged = dir.resolve("from-damaged");
        assertThat(exitCode(command(List.of(script("restore-h2.sh"), damaged.toString(), fromDamaged.toString(), h2Jar()))))
                .isEqualTo(1);
        assertThat(fromDamaged).doesNotExist();

        // Wrong arguments print the usage.
        assertThat(exitCode(command(List.of(script("restore-h2.sh"), backupDir)))).isEqualTo(2);
    }

    private static KenninConfig config(Path dataDir) {
        return KenninConfig.fromEnvironment(Map.of(KenninConfig.DATA_DIR, dataDir.toString(), KenninConfig.SECRET, SECRET,
                KenninConfig.HASH_THREADS, "1"));
    }

    /** The jar the scripts take H2's tools from: the one on the test's classpath (the application jar is built after the tests). */
    private static String h2Jar() throws Exception {
        return Path.of(Class.forName("org.h2.tools.Shell").getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    /** Opened in this JVM: while the application runs it is the application's own database, not a copy. */
    private static Map<String, Long> counts(Path dataDir) throws IOException, SQLException {
        try (Connection c = DriverManager.getConnection(Database.h2FileUrl(dataDir), Database.EMBEDDED_USER,
                Files.readString(dataDir.resolve(KenninConfig.DB_KEY_FILE)).strip())) {
            return BackupScenario.counts(c);
        }
    }

    /** Every file under the folder with its contents' digest and time, to see that nothing was touched. */
    private static Map<String, String> files(Path folder) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                files.put(folder.relativize(file).toString(), HexFormat.of().formatHex(digest) + " " + Files.getLastModifiedTime(file));
            }
        }
        return files;
    }
}
