package jp.kenpo.kennin.adapters.documents.objectstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import jp.kenpo.kennin.adapters.documents.FileSystemDocumentStorage;
import jp.kenpo.kennin.application.document.DocumentStoragePort.DocumentMissingException;
import jp.kenpo.kennin.application.document.StagedUpload;
import jp.kenpo.kennin.application.document.StoredDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * When the object store is down or refuses us: every operation fails with an
 * {@link UncheckedIOException} that names no credential, an upload is never left half-stored (the
 * object is whole or absent), and the staged copy is cleared.
 */
class AStoreThatIsDownKeepsNothingHalfStoredTest {
    @TempDir
    Path bucketFolder;
    @TempDir
    Path root;

    private S3ProxyServer server;
    private S3KeptDocuments kept;
    private FileSystemDocumentStorage storage;

    @BeforeEach
    void start() throws Exception {
        server = S3ProxyServer.start(bucketFolder);
        kept = server.kept(server.settings(), Clock.systemUTC());
        storage = Uploads.storage(root, kept);
    }

    @AfterEach
    void stop() throws Exception {
        kept.close();
        try {
            server.close();
        } catch (Exception e) {
            // already stopped by the test
        }
    }

    @Test
    void anUploadToAStoppedStoreFailsAndLeavesNoObjectAndNoStagedFile() throws Exception {
        StagedUpload staged = Uploads.stage(storage, Uploads.generated(3 * Uploads.MB));
        server.stop();

        assertThatThrownBy(() -> Uploads.keep(storage, staged)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("object storage failed keeping a document")
                .hasMessageNotContaining(S3ProxyServer.SECRET_KEY);

        assertThat(filesUnder(root.resolve("staging"))).isZero();
        server.restart();
        assertThat(objects()).isEmpty();
    }

    @Test
    void aStoreStoppedInTheMiddleOfAnUploadHasTheObjectWholeOrNotAtAll() throws Exception {
        long size = 120 * Uploads.MB;
        StagedUpload staged = Uploads.stage(storage, Uploads.generated(size));
        CompletableFuture<StoredDocument> upload = CompletableFuture.supplyAsync(() -> Uploads.keep(storage, staged));
        Thread.sleep(150);
        server.stop();

        Optional<StoredDocument> result;
        try {
            result = Optional.of(upload.join());
        } catch (java.util.concurrent.CompletionException e) {
            assertThat(e.getCause()).isInstanceOf(UncheckedIOException.class);
            result = Optional.empty();
        }
        server.restart();

        if (result.isPresent()) {
            // The PUT finished before the stop: then it is all there.
            try (InputStream in = storage.open(result.get().id())) {
                assertThat(in.transferTo(java.io.OutputStream.nullOutputStream())).isEqualTo(size);
            }
        } else {
            assertThat(objects()).as("nothing of the cut upload is visible").isEmpty();
        }
        assertThat(filesUnder(root.resolve("staging"))).isZero();
    }

    @Test
    void readingFromAStoppedStoreIsAStorageFailureNotAMissingDocument() throws Exception {
        StoredDocument document = Uploads.keep(storage, Uploads.stage(storage, Uploads.generated(1000)));
        server.stop();

        assertThatThrownBy(() -> storage.open(document.id())).isInstanceOf(UncheckedIOException.class)
                .isNotInstanceOf(DocumentMissingException.class);
        assertThatThrownBy(() -> storage.delete(document.id())).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void theReadinessCheckAnswersWithinSecondsAndNamesNoSecret() throws Exception {
        assertThatCode(storage::checkReachable).doesNotThrowAnyException();
        server.stop();

        long started = System.nanoTime();
        assertThatThrownBy(storage::checkReachable).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("reaching the bucket")
                .hasMessageNotContaining(S3ProxyServer.SECRET_KEY).hasMessageNotContaining(S3ProxyServer.ACCESS_KEY);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void wrongCredentialsAreRefusedAndTheMessageSaysSoWithoutTheSecret() {
        S3Settings wrong = new S3Settings(Optional.of(server.endpoint()), S3ProxyServer.BUCKET, "us-east-1",
                Optional.of(new S3Settings.AccessKey(S3ProxyServer.ACCESS_KEY, "a-wrong-secret-value")), "",
                new S3Settings.None(), S3Settings.DEFAULT_CLEANUP_SAFE_AGE);
        try (S3KeptDocuments refused = server.kept(wrong, Clock.systemUTC())) {
            assertThatThrownBy(refused::checkReachable).isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("HTTP 403")
                    .hasMessageNotContaining("a-wrong-secret-value");
        }
    }

    private List<String> objects() {
        try (S3Client client = S3Clients.builder(server.settings()).build()) {
            return client.listObjectsV2Paginator(ListObjectsV2Request.builder().bucket(S3ProxyServer.BUCKET).build())
                    .contents().stream().map(S3Object::key).toList();
        }
    }

    private static long filesUnder(Path directory) throws Exception {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
