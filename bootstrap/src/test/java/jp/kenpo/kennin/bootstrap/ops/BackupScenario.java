package jp.kenpo.kennin.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kenpo.kennin.bootstrap.Wiring;

import io.javalin.Javalin;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.bootstrap.demo.DemoData;

/**
 * What the backup and restore tests share, whatever the database: the demo member who logs in and
 * uploads a photo, the tables whose rows are counted before and after, and running the ops/
 * scripts as an operator would.
 */
final class BackupScenario {
    static final String SECRET = "backup-test-secret-backup-test-secret-0";
    static final List<String> TABLES = List.of("insurer", "member", "account", "dependent", "survey_document",
            "audit_log", "staff", "flyway_schema_history");

    private BackupScenario() {
    }

    static Browser logIn(int port) {
        Browser member = new Browser(port);
        member.open("/login");
        HttpResponse<String> landed = member.submit("/login", Map.of("userId", DemoData.USER_ID, "password", DemoData.PASSWORD));
        if (landed.uri().getPath().equals("/terms")) {
            landed = member.submit("/terms", Map.of("agreed", "on", "version", "1"));
        }
        assertThat(landed.uri().getPath()).isEqualTo("/home");
        return member;
    }

    /** Answers a dependent's survey so that it asks for a document, uploads the photo as one, and returns its link. */
    static String uploadPhoto(Browser member, byte[] photo) {
        Matcher dependent = Pattern.compile("/survey/dependents/(\\d+)").matcher(member.open("/home").body());
        assertThat(dependent.find()).isTrue();
        String documents = "/survey/dependents/" + dependent.group(1) + "/documents";
        String form = "/survey/dependents/" + dependent.group(1);
        member.open(form);
        member.submit(form, Map.ofEntries(Map.entry("LIVING", "TOGETHER"), Map.entry("SITUATION", "STUDENT"),
            Map.entry("RESIDENCE", "IN_JAPAN"), Map.entry("EMPLOYMENT_CHANGED", "no"),
            Map.entry("UNEMPLOYMENT_BENEFIT", "NOT_CLAIMING"), Map.entry("OTHER_HEALTH_INSURANCE", "no"),
            Map.entry("DISABLED", "no"), Map.entry("MEMBER_INCOME", "6,000,000")));
        Matcher kind = Pattern.compile("name=\"kind\" value=\"([A-Z_]+)\"").matcher(member.open(documents).body());
        assertThat(kind.find()).as("a document the answers ask for").isTrue();
        HttpResponse<String> after = member.upload(documents, Map.of("kind", kind.group(1)), "証明書.png", "image/png", photo);
        Matcher link = Pattern.compile("/survey/documents/[0-9a-f]{32}").matcher(after.body());
        assertThat(link.find()).as("the uploaded photo is listed: %s", after.body().replaceAll("(?s).*<main", "<main")
                .replaceAll("\\s+", " ")).isTrue();
        return link.group();
    }

    static Map<String, Long> counts(Connection connection) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement s = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet r = s.executeQuery("select count(*) from " + table)) {
                    r.next();
                    counts.put(table, r.getLong(1));
                }
            }
        }
        return counts;
    }

    static String script(String name) {
        // Tests run in the module folder; the scripts are in the repository's ops/.
        return Path.of("").toAbsolutePath().getParent().resolve("ops").resolve(name).toString();
    }

    /** A script's command line, its errors shown in the test's output. */
    static ProcessBuilder command(List<String> command) {
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
    }

    /** Runs the command, expects it to succeed and returns what it printed. */
    static String run(ProcessBuilder command) throws Exception {
        Process process = command.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("%s exit code", command.command().get(0)).isZero();
        return out;
    }

    /** Runs the command to its end and returns its exit code. */
    static int exitCode(ProcessBuilder command) throws Exception {
        Process process = command.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }

    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                image.setRGB(x, y, (x * 7 + y * 13) & 0xffffff);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** The application started on the restored copy is ready, and the member downloads the photo they uploaded, byte for byte. */
    static void restoredServesThePhoto(Wiring restored, String documentPath, byte[] photo) {
        Javalin web = restored.startWeb(0);
        try {
            assertThat(restored.readiness().check().ready()).isTrue();
            HttpResponse<byte[]> download = logIn(web.port()).download(documentPath);
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.body()).isEqualTo(photo);
        } finally {
            web.stop();
        }
    }
}
