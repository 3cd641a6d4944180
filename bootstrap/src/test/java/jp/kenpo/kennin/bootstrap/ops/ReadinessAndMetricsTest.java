package jp.kenpo.kennin.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.bootstrap.Wiring;
import jp.kenpo.kennin.bootstrap.config.KenninConfig;
import jp.kenpo.kennin.bootstrap.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over real HTTP: /readyz on the site's port says whether the database and the document storage
 * answer (and which one does not), /metrics is only on the management port, and after a login and
 * a few pages it holds the request histograms by route template, the hashing pool, Hikari's pool,
 * the outbox depth, the mail and upload counters.
 */
class ReadinessAndMetricsTest {
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dataDir;

    @Test
    void readyWhenBothAnswerNotReadyNamingTheStorageWhenItsFolderIsGoneAndMetricsOnlyOnTheManagementPort() throws Exception {
        try (Wiring wiring = Wiring.of(KenninConfig.fromEnvironment(env(Map.of())))) {
            wiring.seedDemo(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            Javalin web = wiring.startWeb(0);
            try {
                int management = wiring.startManagement();
                assertThat(management).isPositive().isNotEqualTo(web.port());

                HttpResponse<String> ready = get(web.port(), "/readyz");
                assertThat(ready.statusCode()).isEqualTo(200);
                assertThat(ready.body()).isEqualTo("{\"status\":\"ready\",\"checks\":{\"database\":\"up\",\"storage\":\"up\"}}");
                assertThat(get(web.port(), "/metrics").statusCode()).as("never on the public port").isEqualTo(404);
                assertThat(get(management, "/readyz").statusCode()).isEqualTo(200);

                Path documents = dataDir.resolve("documents");
                Path away = dataDir.resolve("documents-away");
                Files.move(documents, away);
                HttpResponse<String> notReady = get(web.port(), "/readyz");
                assertThat(notReady.statusCode()).isEqualTo(503);
                assertThat(notReady.body()).isEqualTo("{\"status\":\"not ready\",\"checks\":{\"database\":\"up\",\"storage\":\"down\"}}")
                        .doesNotContain(dataDir.toString());
                Files.move(away, documents);
                assertThat(get(web.port(), "/readyz").statusCode()).isEqualTo(200);

                // A member logs in, looks at a dependent's form and sends a file that is not what it says it is.
                Browser member = new Browser(web.port());
                member.open("/login");
                HttpResponse<String> home = member.submit("/login", Map.of("userId", DemoData.USER_ID, "password", DemoData.PASSWORD));
                if (home.uri().getPath().equals("/terms")) {
                    home = member.submit("/terms", Map.of("agreed", "on", "version", "1"));
                }
                assertThat(home.uri().getPath()).isEqualTo("/home");
                Matcher dependent = Pattern.compile("/survey/dependents/(\\d+)").matcher(home.body());
                assertThat(dependent.find()).as("a dependent on the main screen").isTrue();
                String id = dependent.group(1);
                member.open("/survey/dependents/" + id);
                member.submit("/survey/dependents/" + id, Map.ofEntries(Map.entry("LIVING", "TOGETHER"), Map.entry("SITUATION", "STUDENT"),
                Map.entry("RESIDENCE", "IN_JAPAN"), Map.entry("EMPLOYMENT_CHANGED", "no"),
                Map.entry("UNEMPLOYMENT_BENEFIT", "NOT_CLAIMING"), Map.entry("OTHER_HEALTH_INSURANCE", "no"),
                Map.entry("DISABLED", "no"), Map.entry("MEMBER_INCOME", "6,000,000")));
                Matcher kind = Pattern.compile("name=\"kind\" value=\"([A-Z_]+)\"")
                        .matcher(member.open("/survey/dependents/" + id + "/documents").body());
                assertThat(kind.find()).as("a document the answers ask for").isTrue();
                member.upload("/survey/dependents/" + id + "/documents", Map.of("kind", kind.group(1)), "proof.pdf",
                        "application/pdf", "not a pdf at all".getBytes(StandardCharsets.UTF_8));
                get(web.port(), "/no/such/page/4711");

                String metrics = get(management, "/metrics").body();
                assertThat(metrics)
                        .contains("kennin_http_requests_seconds_count{method=\"POST\",route=\"/login\",status=\"303\"} 1")
                        .contains("route=\"/survey/dependents/{id}\"")
                        .contains("route=\"/survey/dependents/{id}/documents\"")
                        .contains("route=\"/readyz\",status=\"503\"")
                        .contains("route=\"unmatched\",status=\"404\"")
                        .contains("kennin_http_requests_seconds_bucket{method=\"GET\",route=\"/home\"")
                        .doesNotContain("/survey/dependents/" + id)
                        .doesNotContain("4711")
                        .contains("kennin_password_hashing_queued 0.0")
                        .contains("kennin_password_hashing_active 0.0")
                        .contains("kennin_password_hashing_queue_capacity")
                        .contains("hikaricp_connections_active{pool=\"kennin\"}")
                        .contains("hikaricp_connections_max{pool=\"kennin\"}")
                        .contains("kennin_outbox_depth 0.0")
                        .contains("kennin_mails_total{kind=\"campaign\",outcome=\"sent\"} 0.0")
                        .contains("kennin_mails_total{kind=\"immediate\",outcome=\"failed\"} 0.0")
                        .contains("kennin_uploads_total{outcome=\"accepted\"} 0.0")
                        .contains("jvm_memory_used_bytes");
                assertThat(metrics).contains("kennin_uploads_total{outcome=\"refused\"} 1.0");
                assertThat(value(metrics, "kennin_http_requests_seconds_sum{method=\"POST\",route=\"/login\",status=\"303\"}"))
                        .as("a login takes some time (Argon2id), less than a minute").isBetween(0.001, 60.0);
            } finally {
                web.stop();
            }
        }
    }

    @Test
    void notReadyNamingTheDatabaseWhileItRefusesConnectionsAndReadyAgainAfter() throws Exception {
        assumeFalse(Boolean.getBoolean("kennin.skipPostgres"), "kennin.skipPostgres=true");
        String name = "kennin_ops_ready_" + UUID.randomUUID().toString().replace("-", "");
        administer("create database " + name);
        try {
            Map<String, String> env = env(Map.of(KenninConfig.DB_URL, SERVER + name, KenninConfig.DB_USER, "postgres"));
            try (Wiring wiring = Wiring.of(KenninConfig.fromEnvironment(env))) {
                Javalin web = wiring.startWeb(0);
                try {
                    assertThat(get(web.port(), "/readyz").statusCode()).isEqualTo(200);

                    // The database goes away for this node: no new connections, the pool's ones cut.
                    administer("alter database " + name + " with allow_connections false");
                    administer("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + name + "'");
                    long started = System.nanoTime();
                    HttpResponse<String> down = get(web.port(), "/readyz");
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    assertThat(down.statusCode()).isEqualTo(503);
                    assertThat(down.body()).matches("\\{\"status\":\"not ready\",\"checks\":\\{\"database\":\"(down|timeout)\","
                            + "\"storage\":\"up\"}}");
                    assertThat(millis).as("answered within the probe's deadline, not the pool's 30 s").isLessThan(5_000);
                    assertThat(get(web.port(), "/healthz").statusCode()).as("alive all the same").isEqualTo(200);

                    administer("alter database " + name + " with allow_connections true");
                    long until = System.nanoTime() + Duration.ofSeconds(40).toNanos();
                    int status;
                    do {
                        status = get(web.port(), "/readyz").statusCode();
                    } while (status != 200 && System.nanoTime() < until);
                    assertThat(status).as("ready again once the database is back").isEqualTo(200);
                } finally {
                    web.stop();
                }
            }
        } finally {
            administer("drop database if exists " + name + " with (force)");
        }
    }

    private Map<String, String> env(Map<String, String> more) {
        Map<String, String> env = new HashMap<>(Map.of(
                KenninConfig.DATA_DIR, dataDir.toString(),
                KenninConfig.SECRET, "ops-test-secret-ops-test-secret-ops-test",
                KenninConfig.MANAGEMENT_PORT, "0",
                KenninConfig.HASH_THREADS, "1"));
        env.putAll(more);
        return env;
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(20))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static double value(String metrics, String series) {
        for (String line : metrics.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).trim());
            }
        }
        throw new AssertionError("no series " + series);
    }

    private static void administer(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }
}
