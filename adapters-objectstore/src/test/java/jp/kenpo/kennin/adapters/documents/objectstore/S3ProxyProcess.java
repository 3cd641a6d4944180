package jp.kenpo.kennin.adapters.documents.objectstore;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CreateBucketRequest;

/**
 * s3proxy in a JVM of its own, for measuring this JVM's heap alone: s3proxy holds a signed
 * request's whole body in memory to check its hash, which would otherwise count against us.
 */
final class S3ProxyProcess implements AutoCloseable {
    private final Process process;
    private final int port;

    private S3ProxyProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static S3ProxyProcess start(Path folder) throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Path properties = folder.resolve("s3proxy.properties");
        Path blobs = Files.createDirectories(folder.resolve("blobs"));
        Files.writeString(properties, String.join("\n",
                "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + S3ProxyServer.ACCESS_KEY,
                "s3proxy.credential=" + S3ProxyServer.SECRET_KEY,
                "jclouds.provider=filesystem-nio2",
                "jclouds.identity=unused",
                "jclouds.credential=unused",
                "jclouds.filesystem.basedir=" + blobs) + "\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx512m",
                // s3proxy sends System.err to its logger; slf4j-simple writing to System.err would loop.
                "-Dorg.slf4j.simpleLogger.logFile=System.out", "-cp", System.getProperty("java.class.path"),
                "org.gaul.s3proxy.Main", "--properties", properties.toString()))
                .redirectErrorStream(true).redirectOutput(folder.resolve("s3proxy.log").toFile()).start();
        S3ProxyProcess started = new S3ProxyProcess(process, port);
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                break;
            } catch (java.io.IOException e) {
                if (!process.isAlive() || System.nanoTime() > until) {
                    started.close();
                    throw new IllegalStateException("s3proxy did not start; see " + folder.resolve("s3proxy.log"));
                }
                Thread.sleep(100);
            }
        }
        try (S3Client client = S3Clients.builder(started.settings()).build()) {
            client.createBucket(CreateBucketRequest.builder().bucket(S3ProxyServer.BUCKET).build());
        }
        return started;
    }

    S3Settings settings() {
        return new S3Settings(Optional.of(URI.create("http://127.0.0.1:" + port)), S3ProxyServer.BUCKET, "us-east-1",
                Optional.of(new S3Settings.AccessKey(S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY)), "",
                new S3Settings.None(), S3Settings.DEFAULT_CLEANUP_SAFE_AGE);
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
