package jp.kenpo.kennin.bootstrap.objectstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import jp.kenpo.kennin.application.document.DocumentCheck;
import jp.kenpo.kennin.application.document.StagedUpload;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.bootstrap.Wiring;
import jp.kenpo.kennin.bootstrap.config.KenninConfig;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The environment alone puts a node's documents into a bucket (what two nodes sharing one bucket
 * rely on): an accepted upload lands as an object under the prefix, reads back through the wiring,
 * and nothing of it stays under the data directory but the empty staging folder.
 */
class DocumentsGoToTheBucketTheEnvironmentNamesTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path bucketFolder;

    @Test
    void anAcceptedUploadIsKeptAsAnObjectAndReadBack() throws Exception {
        Files.createDirectories(bucketFolder.resolve("kennin-documents"));
        S3Proxy proxy = S3Proxy.builder().blobStore(new FilesystemNio2BlobStore(bucketFolder.toString()))
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "node-key", "node-secret-never-logged").build();
        proxy.start();
        try {
            while (!"STARTED".equals(proxy.getState())) {
                Thread.sleep(10);
            }
            KenninConfig config = KenninConfig.fromEnvironment(Map.of(KenninConfig.DATA_DIR, dataDir.toString(),
                    KenninConfig.SECRET, "bucket-test-secret-bucket-test-secret", KenninConfig.HASH_THREADS, "1",
                    "KENNIN_DOCUMENT_STORE", "s3", "KENNIN_S3_ENDPOINT", "http://127.0.0.1:" + proxy.getPort(),
                    "KENNIN_S3_BUCKET", "kennin-documents", "KENNIN_S3_ACCESS_KEY", "node-key",
                    "KENNIN_S3_SECRET_KEY", "node-secret-never-logged", "KENNIN_S3_PREFIX", "node-shared"));
            byte[] pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/MediaBox[0 0 10 10]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            try (Wiring wiring = Wiring.of(config)) {
                var storage = wiring.documentStorage();
                StagedUpload staged = (StagedUpload) storage.stage(new ByteArrayInputStream(pdf), 1_000_000);
                DocumentCheck check = storage.inspect(staged, "kazei.pdf", "application/pdf");
                assertThat(check).isInstanceOf(DocumentCheck.Accepted.class);
                StoredDocument kept = storage.keep(staged, (DocumentCheck.Accepted) check);

                assertThat(bucketFolder.resolve("kennin-documents").resolve("node-shared").resolve("documents")
                        .resolve(kept.id().value())).hasBinaryContent(pdf);
                try (InputStream in = storage.open(kept.id())) {
                    assertThat(in.readAllBytes()).isEqualTo(pdf);
                }
                storage.checkReachable();
            }
            try (Stream<Path> files = Files.walk(config.documentsDir())) {
                assertThat(files.filter(Files::isRegularFile).toList()).as("nothing kept on the node's disk").isEmpty();
            }
        } finally {
            proxy.stop();
        }
    }
}
