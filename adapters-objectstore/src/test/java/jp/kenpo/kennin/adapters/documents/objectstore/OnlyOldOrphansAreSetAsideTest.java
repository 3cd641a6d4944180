package jp.kenpo.kennin.adapters.documents.objectstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import jp.kenpo.kennin.adapters.documents.FileSystemDocumentStorage;
import jp.kenpo.kennin.application.document.StoredDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;

/**
 * Two nodes share the bucket: a node starting after a crash must not take away a document that
 * another live node has just kept and is about to commit the row of. Only objects older than the
 * safe age are looked at.
 */
class OnlyOldOrphansAreSetAsideTest {
    @TempDir
    Path bucketFolder;
    @TempDir
    Path nodeOne;
    @TempDir
    Path nodeTwo;

    @Test
    void aFreshObjectWithoutARowIsLeftAloneAndAnOldOneGoesToQuarantine() throws Exception {
        try (S3ProxyServer server = S3ProxyServer.start(bucketFolder);
             S3KeptDocuments liveNode = server.kept(server.settings(), Clock.systemUTC());
             S3KeptDocuments startingNow = server.kept(server.settings(), Clock.systemUTC());
             S3KeptDocuments startingLater = server.kept(server.settings(),
                     Clock.offset(Clock.systemUTC(), S3Settings.DEFAULT_CLEANUP_SAFE_AGE.plus(Duration.ofMinutes(1))))) {
            FileSystemDocumentStorage live = Uploads.storage(nodeOne, liveNode);
            StoredDocument inFlight = Uploads.keep(live, Uploads.stage(live, Uploads.generated(2000)));

            FileSystemDocumentStorage.Cleanup now = Uploads.storage(nodeTwo, startingNow).cleanUpAfterCrash(id -> false);

            assertThat(now.unreferencedQuarantined()).as("the live node's upload is too young to judge").isZero();
            try (InputStream in = live.open(inFlight.id())) {
                assertThat(in.readAllBytes()).hasSize(2000);
            }

            FileSystemDocumentStorage.Cleanup later = Uploads.storage(nodeTwo, startingLater).cleanUpAfterCrash(id -> false);

            assertThat(later.unreferencedQuarantined()).isEqualTo(1);
            try (S3Client client = S3Clients.builder(server.settings()).build()) {
                assertThat(client.headObject(HeadObjectRequest.builder().bucket(S3ProxyServer.BUCKET)
                        .key("quarantine/" + inFlight.id().value()).build()).contentLength()).isEqualTo(2000);
            }
            assertThat(startingLater.quarantineDescription()).isEqualTo("s3://kennin-documents/quarantine/");
        }
    }
}
