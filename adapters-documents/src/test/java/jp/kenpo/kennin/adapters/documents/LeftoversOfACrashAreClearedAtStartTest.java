package jp.kenpo.kennin.adapters.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import jp.kenpo.kennin.application.document.DocumentCheck;
import jp.kenpo.kennin.application.document.DocumentLimits;
import jp.kenpo.kennin.application.document.StagedUpload;
import jp.kenpo.kennin.application.document.StoredDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed mid-upload leaves a staged file, or a kept file whose database row never
 * committed (the member was never told it arrived). The next start clears both, and leaves
 * every document a row refers to where it is.
 */
class LeftoversOfACrashAreClearedAtStartTest {
    @TempDir
    Path root;

    private StoredDocument keep(FileSystemDocumentStorage storage, byte[] content) {
        StagedUpload staged = (StagedUpload) storage.stage(new ByteArrayInputStream(content), DocumentLimits.defaults().maxBytes());
        return storage.keep(staged, (DocumentCheck.Accepted) storage.inspect(staged, "scan.jpg", "image/jpeg"));
    }

    @Test
    void stagedUploadsAreDeletedAndKeptFilesWithoutARowAreQuarantinedWhileReferencedOnesStay() throws IOException {
        FileSystemDocumentStorage before = new FileSystemDocumentStorage(root, DocumentLimits.defaults());
        byte[] photo = SampleFiles.jpeg(32, 32);
        StoredDocument committed = keep(before, photo);
        StoredDocument neverCommitted = keep(before, photo);
        before.stage(new ByteArrayInputStream(photo), DocumentLimits.defaults().maxBytes());
        Files.writeString(root.resolve("documents").resolve("README.txt"), "not ours to move");

        FileSystemDocumentStorage afterRestart = new FileSystemDocumentStorage(root, DocumentLimits.defaults());
        FileSystemDocumentStorage.Cleanup cleanup = afterRestart.cleanUpAfterCrash(id -> id.equals(committed.id()));

        assertThat(cleanup).isEqualTo(new FileSystemDocumentStorage.Cleanup(1, 1));
        assertThat(filesUnder(root.resolve("staging"))).isZero();
        try (InputStream in = afterRestart.open(committed.id())) {
            assertThat(in.readAllBytes()).isEqualTo(photo);
        }
        assertThat(root.resolve("quarantine").resolve(neverCommitted.id().value())).exists().hasBinaryContent(photo);
        assertThat(root.resolve("documents").resolve("README.txt")).exists();
        assertThat(afterRestart.cleanUpAfterCrash(id -> id.equals(committed.id())))
                .as("a second start finds nothing").isEqualTo(new FileSystemDocumentStorage.Cleanup(0, 0));
    }

    private static long filesUnder(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
