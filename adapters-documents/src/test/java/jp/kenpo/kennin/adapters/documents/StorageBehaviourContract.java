package jp.kenpo.kennin.adapters.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import jp.kenpo.kennin.application.document.DocumentCheck;
import jp.kenpo.kennin.application.document.DocumentLimits;
import jp.kenpo.kennin.application.document.DocumentStoragePort.DocumentMissingException;
import jp.kenpo.kennin.application.document.DocumentType;
import jp.kenpo.kennin.application.document.StagedUpload;
import jp.kenpo.kennin.application.document.StoredDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a member's document storage does whatever keeps the accepted documents: run for the file
 * system here and for an S3 bucket in the object storage adapter.
 */
public abstract class StorageBehaviourContract {
    private static final String MEMBERS_FILE_NAME = "yamada-taro-juminhyo.jpg";

    @TempDir
    protected Path root;

    /** Staging under {@code root}, kept documents wherever the implementation keeps them (empty at first). */
    protected abstract FileSystemDocumentStorage storage(Path root, DocumentLimits limits);

    /** The names (file paths or object keys) of everything kept, to see that no member's file name is in one. */
    protected abstract List<String> keptNames() throws IOException;

    private FileSystemDocumentStorage storage() {
        return storage(root, DocumentLimits.defaults());
    }

    private StoredDocument upload(FileSystemDocumentStorage storage, byte[] content) {
        StagedUpload staged = (StagedUpload) storage.stage(new ByteArrayInputStream(content), DocumentLimits.defaults().maxBytes());
        DocumentCheck.Accepted accepted = (DocumentCheck.Accepted) storage.inspect(staged, MEMBERS_FILE_NAME, "image/jpeg");
        return storage.keep(staged, accepted);
    }

    @Test
    void aKeptDocumentReadsBackIdenticalAndCanBeDeletedTwice() throws IOException {
        FileSystemDocumentStorage storage = storage();
        byte[] jpeg = SampleFiles.jpeg(320, 240);

        StoredDocument kept = upload(storage, jpeg);

        assertThat(kept.type()).isEqualTo(DocumentType.JPEG);
        try (InputStream in = storage.open(kept.id())) {
            assertThat(in.readAllBytes()).isEqualTo(jpeg);
        }
        assertThat(stagedFiles()).as("the staged copy is gone once kept").isZero();
        storage.delete(kept.id());
        assertThatThrownBy(() -> storage.open(kept.id())).isInstanceOf(DocumentMissingException.class);
        storage.delete(kept.id());
        assertThat(keptNames()).isEmpty();
    }

    @Test
    void idsAreRandomAndNothingKeptCarriesTheMembersFileName() throws IOException {
        FileSystemDocumentStorage storage = storage();
        byte[] jpeg = SampleFiles.jpeg(16, 16);
        Set<String> ids = new HashSet<>();

        for (int i = 0; i < 10; i++) {
            ids.add(upload(storage, jpeg).id().value());
        }

        assertThat(ids).hasSize(10).allMatch(id -> id.matches("[0-9a-f]{32}"));
        assertThat(keptNames()).hasSize(10)
                .allSatisfy(name -> assertThat(name).doesNotContain("yamada", "juminhyo", ".jpg"));
    }

    @Test
    void aDocumentIsOpenedOnlyThroughAWellFormedIdAndAnUnknownOneIsMissing() {
        FileSystemDocumentStorage storage = storage();

        assertThatThrownBy(() -> storage.open(new StoredDocument.Id("../../../etc/passwd"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.open(new StoredDocument.Id("0123456789abcdef0123456789abcdef")))
                .isInstanceOf(DocumentMissingException.class);
    }

    @Test
    void aDiscardedUploadLeavesNothingAndCannotBeKeptAfterwards() throws IOException {
        FileSystemDocumentStorage storage = storage();
        StagedUpload staged = (StagedUpload) storage.stage(new ByteArrayInputStream(SampleFiles.jpeg(8, 8)), 1_000_000);
        DocumentCheck.Accepted accepted = (DocumentCheck.Accepted) storage.inspect(staged, null, null);

        storage.discard(staged);

        assertThat(stagedFiles()).isZero();
        assertThatThrownBy(() -> storage.keep(staged, accepted)).isInstanceOf(IllegalStateException.class);
        assertThat(keptNames()).isEmpty();
    }

    @Test
    void aCheckOfOneUploadCannotBeUsedToKeepAnother() throws IOException {
        FileSystemDocumentStorage storage = storage();
        StagedUpload photo = (StagedUpload) storage.stage(new ByteArrayInputStream(SampleFiles.jpeg(8, 8)), 1_000_000);
        StagedUpload other = (StagedUpload) storage.stage(new ByteArrayInputStream(SampleFiles.html()), 1_000_000);
        DocumentCheck.Accepted photoAccepted = (DocumentCheck.Accepted) storage.inspect(photo, null, null);

        assertThatThrownBy(() -> storage.keep(other, photoAccepted)).isInstanceOf(IllegalArgumentException.class);
        assertThat(keptNames()).isEmpty();
    }

    @Test
    void aLargeDocumentStreamsBothWays() throws Exception {
        long size = 24L * 1024 * 1024;
        FileSystemDocumentStorage storage = storage(root, new DocumentLimits(32L * 1024 * 1024, 50_000_000, 50));
        StagedUpload staged = (StagedUpload) storage.stage(new GeneratedStream(size), 32L * 1024 * 1024);

        StoredDocument kept = storage.keep(staged, new DocumentCheck.Accepted(DocumentType.PDF, staged.size(), staged.sha256()));

        assertThat(sha256Of(storage.open(kept.id()))).isEqualTo(staged.sha256());
    }

    @Test
    void aStartAfterACrashDeletesStagedUploadsAndSetsAsideOnlyOldDocumentsWithoutARow() throws IOException {
        FileSystemDocumentStorage before = storage();
        byte[] photo = SampleFiles.jpeg(32, 32);
        StoredDocument committed = upload(before, photo);
        StoredDocument neverCommitted = upload(before, photo);
        before.stage(new ByteArrayInputStream(photo), DocumentLimits.defaults().maxBytes());

        FileSystemDocumentStorage.Cleanup cleanup = afterRestart().cleanUpAfterCrash(id -> id.equals(committed.id()));

        assertThat(cleanup).isEqualTo(new FileSystemDocumentStorage.Cleanup(1, 1));
        assertThat(stagedFiles()).isZero();
        try (InputStream in = before.open(committed.id())) {
            assertThat(in.readAllBytes()).isEqualTo(photo);
        }
        assertThatThrownBy(() -> before.open(neverCommitted.id())).isInstanceOf(DocumentMissingException.class);
        assertThat(afterRestart().cleanUpAfterCrash(id -> id.equals(committed.id())))
                .as("a second start finds nothing").isEqualTo(new FileSystemDocumentStorage.Cleanup(0, 0));
    }

    /**
     * The storage as a start long enough after the crash sees it (the object store only sets aside
     * documents older than its safe age).
     */
    protected FileSystemDocumentStorage afterRestart() {
        return storage();
    }

    protected final long stagedFiles() throws IOException {
        Path staging = root.resolve("staging");
        if (!Files.exists(staging)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(staging)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    protected static String sha256Of(InputStream in) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream digesting = new DigestInputStream(in, digest)) {
            digesting.transferTo(OutputStream.nullOutputStream());
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    /** A stream of {@code length} made-up bytes that exists nowhere whole. */
    protected static InputStream generated(long length) {
        return new GeneratedStream(length);
    }
}
