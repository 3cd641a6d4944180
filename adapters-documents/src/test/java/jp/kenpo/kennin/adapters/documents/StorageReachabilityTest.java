package jp.kenpo.kennin.adapters.documents;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.kenpo.kennin.application.document.DocumentLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a readiness probe learns from the file system storage. */
class StorageReachabilityTest {
    @TempDir
    Path root;

    @Test
    void aStorageWithItsFoldersInPlaceIsReachable() {
        var storage = new FileSystemDocumentStorage(root, DocumentLimits.defaults());

        assertThatCode(storage::checkReachable).doesNotThrowAnyException();
    }

    @Test
    void aStorageWhoseDocumentFolderVanishedIsNot() throws IOException {
        var storage = new FileSystemDocumentStorage(root, DocumentLimits.defaults());
        Files.delete(root.resolve("documents"));

        assertThatThrownBy(storage::checkReachable).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("documents");
    }
}
