package jp.kenpo.kennin.bootstrap.ops;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.bootstrap.Main;
import jp.kenpo.kennin.bootstrap.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;

/**
 * The server as operators run it (a JVM of its own, KENNIN_LOG_FORMAT=json, the mail server down)
 * and a roster import beside it: a synthetic member signs up (the code mail fails and is logged),
 * logins succeed and fail, a forged back-office form is refused. Every line either process wrote to
 * standard error is one JSON object, and none holds the member's name, kana, address, user ID,
 * password or a link token.
 */
class JsonLogsHoldNoPersonalDataTest {
    private static final String INSURER = "demo";
    private static final String NAME = "記録 花子";
    private static final String KANA = "キロク ハナコ";
    private static final String EMAIL = "hanako.jsonlog@example.jp";
    private static final String USER_ID = "json.hanako";
    private static final String PASSWORD = "Json#Log2026";
    private static final String TOKEN = "QkFEdG9rZW5mb3Jsb2dzMTIzNDU2Nzg5MA";

    @TempDir
    Path dir;

    @Test
    void aSignUpWhoseMailFailsLoginsAndARefusalLeaveOnlyJsonLinesWithoutPersonalValues() throws Exception {
        int port = freePort();
        Map<String, String> env = Map.of(
                "KENNIN_DATA_DIR", dir.resolve("data").toString(),
                "KENNIN_HTTP_PORT", Integer.toString(port),
                "KENNIN_SECRET", "json-log-test-secret-json-log-test-secret",
                "KENNIN_SMTP_HOST", "127.0.0.1",
                "KENNIN_SMTP_PORT", Integer.toString(freePort()), // nobody listens: every mail fails
                "KENNIN_SMTP_STARTTLS", "false",
                "KENNIN_LOG_FORMAT", "json",
                "KENNIN_HASH_THREADS", "1");
        Process server = start(env, "server", "demo");
        try {
            awaitHealthy(port, server);
            Path roster = Files.writeString(dir.resolve("roster.csv"), "記号,番号,氏名,氏名カナ,生年月日,メールアドレス\n"
                    + "88,8801," + NAME + "," + KANA + ",1991/05/06," + EMAIL + "\n", StandardCharsets.UTF_8);
            Process importer = start(env, "import", "import-roster", "--insurer", INSURER, roster.toString());
            assertThat(importer.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(importer.exitValue()).as(Files.readString(dir.resolve("import.out"))).isZero();

            Browser member = new Browser(port);
            member.open("/signup");
            member.submit("/signup", Map.of("insurerCode", INSURER, "symbol", "88", "number", "8801",
                    "birthDate", "1991/05/06", "kanaName", KANA));
            member.submit("/signup/credentials", Map.of("userId", USER_ID, "password", PASSWORD, "passwordConfirmation", PASSWORD));

            Browser other = new Browser(port);
            other.open("/login");
            other.submit("/login", Map.of("userId", USER_ID, "password", PASSWORD + "x"));
            other.submit("/login", Map.of("userId", DemoData.USER_ID, "password", DemoData.PASSWORD));
            // A forged back-office form (no CSRF token) to an enrolment link: refused and logged.
            other.post("/admin/enrol/" + TOKEN, Map.of("password", PASSWORD), Map.of("Origin", "http://evil.example"));
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }

        List<String> lines = new ArrayList<>();
        lines.addAll(Files.readAllLines(dir.resolve("server.err"), StandardCharsets.UTF_8));
        lines.addAll(Files.readAllLines(dir.resolve("import.err"), StandardCharsets.UTF_8));
        lines.removeIf(String::isBlank);
        assertThat(lines).as("something was logged").hasSizeGreaterThan(5);
        Json json = new Json();
        List<String> messages = new ArrayList<>();
        for (String line : lines) {
            Map<String, Object> event = json.toType(line, Map.class);
            assertThat(event).as(line).containsKeys("timestamp", "level", "loggerName", "formattedMessage");
            messages.add(String.valueOf(event.get("formattedMessage")));
        }
        assertThat(String.join("\n", messages)).as("the mail failure was logged").contains("not sent");
        String all = String.join("\n", lines);
        for (String personal : List.of(NAME, KANA, "記録", "ハナコ", EMAIL, "hanako.jsonlog", USER_ID, PASSWORD, TOKEN)) {
            assertThat(all).as("the logs hold %s", personal).doesNotContain(personal);
        }
    }

    private Process start(Map<String, String> env, String name, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("KENNIN_"));
        builder.environment().putAll(env);
        return builder.start();
    }

    private void awaitHealthy(int port, Process server) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long until = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < until) {
            assertThat(server.isAlive()).as("the server runs").isTrue();
            try {
                if (client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the server did not start: " + Files.readString(dir.resolve("server.err")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
