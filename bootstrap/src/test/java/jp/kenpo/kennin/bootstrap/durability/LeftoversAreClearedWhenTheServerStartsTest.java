package jp.kenpo.kennin.bootstrap.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import jp.kenpo.kennin.adapters.documents.FileSystemDocumentStorage;
import jp.kenpo.kennin.bootstrap.Wiring;
import jp.kenpo.kennin.bootstrap.config.KenninConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a killed server leaves under KENNIN_DATA_DIR (a staged upload, a kept file whose row never
 * committed, a request part Jetty had spooled) is cleared before the restarted server takes
 * requests; the spool is inside the data directory, not the shared /tmp.
 */
class LeftoversAreClearedWhenTheServerStartsTest {
    private static final String ORPHAN = "0123456789abcdef0123456789abcdef";

    @TempDir
    Path dataDir;

    @Test
    void stagedUploadsSpooledPartsAndFilesWithoutARowAreGoneBeforeTheFirstRequest() throws Exception {
        KenninConfig config = KenninConfig.fromEnvironment(Map.of(KenninConfig.DATA_DIR, dataDir.toString(),
                KenninConfig.SECRET, "leftover-test-secret-leftover-test-secret", KenninConfig.HASH_THREADS, "1"));
        try (Wiring wiring = Wiring.of(config)) {
            var web = wiring.startWeb(0);
            web.stop();
        }
        Path documents = config.documentsDir();
        Path staged = Files.writeString(documents.resolve("staging").resolve("fedcba9876543210fedcba9876543210"), "half");
        Path orphan = Files.createDirectories(documents.resolve("documents").resolve("01").resolve("23")).resolve(ORPHAN);
        Files.writeString(orphan, "kept, never committed");
        Path spooled = Files.writeString(dataDir.resolve("upload-spool").resolve("MultiPart123"), "part");

        try (Wiring restarted = Wiring.of(config)) {
            FileSystemDocumentStorage.Cleanup cleanup = restarted.cleanUpAfterCrash();
            assertThat(cleanup).isEqualTo(new FileSystemDocumentStorage.Cleanup(1, 1));
        }

        assertThat(staged).doesNotExist();
        assertThat(spooled).doesNotExist();
        assertThat(orphan).doesNotExist();
        assertThat(documents.resolve("quarantine").resolve(ORPHAN)).hasContent("kept, never committed");
    }
}
