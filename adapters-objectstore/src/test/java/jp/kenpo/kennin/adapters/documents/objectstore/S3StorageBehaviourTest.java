package jp.kenpo.kennin.adapters.documents.objectstore;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jp.kenpo.kennin.adapters.documents.FileSystemDocumentStorage;
import jp.kenpo.kennin.adapters.documents.StorageBehaviourContract;
import jp.kenpo.kennin.application.document.DocumentLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.S3Object;

/** The storage contract the file system passes, with kept documents in a bucket of s3proxy (under a prefix). */
class S3StorageBehaviourTest extends StorageBehaviourContract {
    @TempDir
    Path bucketFolder;

    private S3ProxyServer server;
    private final List<S3KeptDocuments> opened = new ArrayList<>();

    @BeforeEach
    void startStore() throws Exception {
        server = S3ProxyServer.start(bucketFolder);
    }

    @AfterEach
    void stopStore() throws Exception {
        opened.forEach(S3KeptDocuments::close);
        server.close();
    }

    private S3Settings settings() {
        return server.settings().withPrefix("node-shared/kennin");
    }

    @Override
    protected FileSystemDocumentStorage storage(Path root, DocumentLimits limits) {
        S3KeptDocuments kept = server.kept(settings(), Clock.systemUTC());
        opened.add(kept);
        return new FileSystemDocumentStorage(root, limits, kept);
    }

    /** Two hours later: past the safe age, so the crash's orphan is old enough to set aside. */
    @Override
    protected FileSystemDocumentStorage afterRestart() {
        S3KeptDocuments kept = server.kept(settings(), Clock.offset(Clock.systemUTC(), Duration.ofHours(2)));
        opened.add(kept);
        return new FileSystemDocumentStorage(root, DocumentLimits.defaults(), kept);
    }

    @Override
    protected List<String> keptNames() {
        try (S3Client client = S3Clients.builder(server.settings()).build()) {
            return client.listObjectsV2Paginator(ListObjectsV2Request.builder().bucket(S3ProxyServer.BUCKET)
                    .prefix("node-shared/kennin/documents/").build()).contents().stream().map(S3Object::key).toList();
        }
    }
}
