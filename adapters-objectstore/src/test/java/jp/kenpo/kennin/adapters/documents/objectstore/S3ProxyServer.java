package jp.kenpo.kennin.adapters.documents.objectstore;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CreateBucketRequest;

/**
 * s3proxy in the test JVM on a local folder: an S3 server that can be stopped (a store that is
 * down) and started again on the same port and folder (what was stored survives).
 */
final class S3ProxyServer implements AutoCloseable {
    static final String ACCESS_KEY = "kennin-test-access";
    static final String SECRET_KEY = "kennin-test-secret-never-logged";
    static final String BUCKET = "kennin-documents";

    private final Path folder;
    private final boolean ignoreUnknownHeaders;
    private S3Proxy proxy;
    private int port;

    private S3ProxyServer(Path folder, boolean ignoreUnknownHeaders) {
        this.folder = folder;
        this.ignoreUnknownHeaders = ignoreUnknownHeaders;
    }

    /** Started, with the bucket made; refuses headers it does not know (server-side encryption among them) with 501. */
    static S3ProxyServer start(Path folder) throws Exception {
        return start(folder, false);
    }

    /** Started, with the bucket made; {@code ignoreUnknownHeaders} accepts (and ignores) server-side encryption. */
    static S3ProxyServer start(Path folder, boolean ignoreUnknownHeaders) throws Exception {
        S3ProxyServer server = new S3ProxyServer(folder, ignoreUnknownHeaders);
        server.startOn(0);
        try (S3Client client = S3Clients.builder(server.settings()).build()) {
            client.createBucket(CreateBucketRequest.builder().bucket(BUCKET).build());
        }
        return server;
    }

    private void startOn(int wanted) throws Exception {
        proxy = S3Proxy.builder()
                .blobStore(new FilesystemNio2BlobStore(folder.toString()))
                .endpoint(URI.create("http://127.0.0.1:" + wanted))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .ignoreUnknownHeaders(ignoreUnknownHeaders)
                .build();
        proxy.start();
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!"STARTED".equals(proxy.getState())) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("s3proxy did not start: " + proxy.getState());
            }
            Thread.sleep(10);
        }
        port = proxy.getPort();
    }

    void stop() throws Exception {
        proxy.stop();
    }

    /** Again on the same port and folder. */
    void restart() throws Exception {
        startOn(port);
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    S3Settings settings() {
        return new S3Settings(Optional.of(endpoint()), BUCKET, "us-east-1",
                Optional.of(new S3Settings.AccessKey(ACCESS_KEY, SECRET_KEY)), "", new S3Settings.None(),
                S3Settings.DEFAULT_CLEANUP_SAFE_AGE);
    }

    S3KeptDocuments kept(S3Settings settings, Clock clock) {
        return S3KeptDocuments.connect(settings, clock);
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
    }
}
