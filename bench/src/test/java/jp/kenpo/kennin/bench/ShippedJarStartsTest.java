package jp.kenpo.kennin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar operators run, not the test class path: {@code java -jar bootstrap/target/kenpo-kennin.jar demo}
 * must start and be ready. The shaded jar holds only what Maven resolves for run time, so a library
 * scoped wrongly (Flyway's Jackson annotations once were) passes every other test and fails here.
 * This module is built after the jar, which is why the test lives here.
 */
class ShippedJarStartsTest {
    private static final Path JAR = Path.of("..", "bootstrap", "target", "kenpo-kennin.jar");

    @TempDir
    Path data;

    @Test
    void theShadedJarStartsTheDemoAndIsReady() throws Exception {
        assertThat(JAR).as("the shaded jar (build bootstrap with package first)").exists();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = data.resolve("server.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-jar", JAR.toString(), "demo")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("KENNIN_"));
        builder.environment().put("KENNIN_DATA_DIR", data.resolve("data").toString());
        builder.environment().put("KENNIN_HTTP_PORT", Integer.toString(port));
        Process server = builder.start();
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            HttpResponse<String> ready = null;
            long until = System.nanoTime() + Duration.ofSeconds(180).toNanos();
            while (System.nanoTime() < until && server.isAlive()) {
                try {
                    ready = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/readyz"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                    if (ready.statusCode() == 200) {
                        break;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                // Polling a port another process opens; there is nothing to wait on in between.
                Thread.sleep(200);
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(ready).as("an answer from /readyz; the server printed:%n%s", output).isNotNull();
            assertThat(ready.statusCode()).as("/readyz; the server printed:%n%s", output).isEqualTo(200);
            assertThat(ready.body()).contains("\"database\":\"up\"", "\"storage\":\"up\"");
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(login.statusCode()).isEqualTo(200);
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }
}
