package jp.kenpo.kennin.adapters.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;
import jp.kenpo.kennin.application.document.DocumentCheck;
import jp.kenpo.kennin.application.document.DocumentLimits;
import jp.kenpo.kennin.application.document.DocumentStoragePort.DocumentMissingException;
import jp.kenpo.kennin.application.document.DocumentType;
import jp.kenpo.kennin.application.document.StagedUpload;
import jp.kenpo.kennin.application.document.StoredDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeptDocumentsArePrivateAndUnguessableTest {
    private static final String MEMBERS_FILE_NAME = "yamada-taro-juminhyo.jpg";

    @TempDir
    Path root;

    private FileSystemDocumentStorage storage() {
        return new FileSystemDocumentStorage(root, DocumentLimits.defaults());
    }

    private StoredDocument upload(FileSystemDocumentStorage storage, byte[] content) {
        StagedUpload staged = (StagedUpload) storage.stage(new ByteArrayInputStream(content), DocumentLimits.defaults().maxBytes());
        DocumentCheck.Accepted accepted = (DocumentCheck.Accepted) storage.inspect(staged, MEMBERS_FILE_NAME, "image/jpeg");
        return storage.keep(staged, accepted);
    }

    @Test
    void aKeptDocumentReadsBackIdenticalAndCanBeDeleted() throws IOException {
        FileSystemDocumentStorage storage = storage();
        byte[] jpeg = SampleFiles.jpeg(320, 240);

        StoredDocument kept = upload(storage, jpeg);

        assertThat(kept.type()).isEqualTo(DocumentType.JPEG);
        assertThat(kept.size()).isEqualTo(jpeg.length);
        try (InputStream in = storage.open(kept.id())) {
            assertThat(in.readAllBytes()).isEqualTo(jpeg);
        }
        storage.delete(kept.id());
        assertThatThrownBy(() -> storage.open(kept.id())).isInstanceOf(DocumentMissingException.class);
        storage.delete(kept.id());
    }

    @Test
    void idsAreRandomAndNothingOnDiskCarriesTheMembersFileName() throws IOException {
        FileSystemDocumentStorage storage = storage();
        byte[] jpeg = SampleFiles.jpeg(16, 16);
        Set<String> ids = new HashSet<>();

        for (int i = 0; i < 20; i++) {
            ids.add(upload(storage, jpeg).id().value());
        }

        assertThat(ids).hasSize(20).allMatch(id -> id.matches("[0-9a-f]{32}"));
        assertThat(UploadsOverTheSizeLimitAreRefusedTest.filesUnder(root))
                .hasSize(20)
                .allSatisfy(file -> assertThat(file.toString()).doesNotContain("yamada", "juminhyo", ".jpg"));
    }

    @Test
    void documentsAreShardedByTheStartOfTheirId() {
        StoredDocument kept = upload(storage(), SampleFiles.jpeg(8, 8));

        String id = kept.id().value();
        assertThat(root.resolve("documents").resolve(id.substring(0, 2)).resolve(id.substring(2, 4)).resolve(id)).isRegularFile();
    }

    @Test
    void onlyTheServersUserCanReadOrListAnything() throws IOException {
        assumeTrue(root.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path storageRoot = root.resolve("documents-root");
        FileSystemDocumentStorage storage = new FileSystemDocumentStorage(storageRoot, DocumentLimits.defaults());
        upload(storage, SampleFiles.jpeg(8, 8));
        storage.stage(new ByteArrayInputStream(SampleFiles.pdf(1)), 1_000_000);

        try (var paths = Files.walk(storageRoot)) {
            for (Path path : paths.toList()) {
                String expected = Files.isDirectory(path) ? "rwx------" : "rw-------";
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).as(path.toString()).isEqualTo(expected);
            }
        }
    }

    @Test
    void aDiscardedUploadLeavesNothingAndCannotBeKeptAfterwards() throws IOException {
        FileSystemDocumentStorage storage = storage();
        StagedUpload staged = (StagedUpload) storage.stage(new ByteArrayInputStream(SampleFiles.jpeg(8, 8)), 1_000_000);
        DocumentCheck.Accepted accepted = (DocumentCheck.Accepted) storage.inspect(staged, null, null);

        storage.discard(staged);

        assertThat(UploadsOverTheSizeLimitAreRefusedTest.filesUnder(root)).isEmpty();
        assertThatThrownBy(() -> storage.keep(staged, accepted)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCheckOfOneUploadCannotBeUsedToKeepAnother() {
        FileSystemDocumentStorage storage = storage();
        StagedUpload photo = (StagedUpload) storage.stage(new ByteArrayInputStream(SampleFiles.jpeg(8, 8)), 1_000_000);
        StagedUpload other = (StagedUpload) storage.stage(new ByteArrayInputStream(SampleFiles.html()), 1_000_000);
        DocumentCheck.Accepted photoAccepted = (DocumentCheck.Accepted) storage.inspect(photo, null, null);

        assertThatThrownBy(() -> storage.keep(other, photoAccepted)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStoredFileIsOpenedOnlyThroughAWellFormedId() {
        FileSystemDocumentStorage storage = storage();

        assertThatThrownBy(() -> storage.open(new StoredDocument.Id("../../../etc/passwd"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.open(new StoredDocument.Id("0123456789abcdef0123456789abcdef")))
                .isInstanceOf(DocumentMissingException.class);
    }
}
