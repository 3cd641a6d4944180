package jp.kenpo.kennin.bootstrap.durability;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;

/**
 * An S3-compatible bucket for child servers: s3proxy in this JVM, storing objects as files in a
 * folder, so the test can see what the bucket holds without an S3 client of its own.
 */
final class Bucket implements AutoCloseable {
    private static final String ACCESS_KEY = "kennin-two-nodes";
    private static final String SECRET_KEY = "kennin-two-nodes-secret";
    private static final String NAME = "kennin-documents";

    private final S3Proxy proxy;
    private final Path folder;

    private Bucket(S3Proxy proxy, Path folder) {
        this.proxy = proxy;
        this.folder = folder;
    }

    static Bucket start(Path folder) throws Exception {
        Files.createDirectories(folder.resolve(NAME));
        S3Proxy proxy = S3Proxy.builder().blobStore(new FilesystemNio2BlobStore(folder.toString()))
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
        proxy.start();
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!"STARTED".equals(proxy.getState())) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("s3proxy did not start: " + proxy.getState());
            }
            Thread.sleep(10);
        }
        return new Bucket(proxy, folder);
    }

    /** What a node needs to keep its documents in this bucket. */
    Map<String, String> environment() {
        return Map.of("KENNIN_DOCUMENT_STORE", "s3", "KENNIN_S3_ENDPOINT", "http://127.0.0.1:" + proxy.getPort(),
                "KENNIN_S3_BUCKET", NAME, "KENNIN_S3_REGION", "us-east-1", "KENNIN_S3_ACCESS_KEY", ACCESS_KEY,
                "KENNIN_S3_SECRET_KEY", SECRET_KEY);
    }

    /** Kept documents by id (the key under {@code documents/}) with their sizes in bytes. */
    Map<String, Long> documents() throws IOException {
        Map<String, Long> sizes = new HashMap<>();
        Path documents = folder.resolve(NAME).resolve("documents");
        if (!Files.isDirectory(documents)) {
            return sizes;
        }
        try (Stream<Path> files = Files.walk(documents)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                sizes.put(file.getFileName().toString(), Files.size(file));
            }
        }
        return sizes;
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
    }
}
