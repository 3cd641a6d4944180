package jp.kenpo.kennin.bootstrap.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.application.roster.RosterRow;
import jp.kenpo.kennin.bootstrap.config.KenninConfig;
import jp.kenpo.kennin.bootstrap.journey.SamplePhotos;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two application processes behind an imaginary load balancer: one PostgreSQL database, one
 * S3-compatible bucket (s3proxy in this JVM), each node with a data directory of its own and the
 * same {@code KENNIN_SECRET}. A member's requests alternate between the nodes the way a balancer
 * without sticky sessions would send them; then node 1 is killed with SIGKILL while uploads to it
 * are in flight, and what the database and the bucket hold must agree.
 */
@Tag("slow") // two child JVMs and a third for the restart
class TwoNodesTest {
    private static final String PG_SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String SYMBOL = "78";
    private static final int FIRST_NUMBER = 60_000;
    private static final String PASSWORD = "TwoNodes#2026pass";
    private static final String SECRET = "two-nodes-share-this-secret-of-more-than-32-characters";
    private static final byte[] PHOTO = SamplePhotos.jpeg();

    @TempDir
    Path work;

    @Test
    void aMemberMovesBetweenNodesAndAKilledNodeLeavesNothingHalfStored() throws Exception {
        assumeFalse(Boolean.getBoolean("kennin.skipPostgres"), "kennin.skipPostgres=true");
        String name = "kennin_two_" + UUID.randomUUID().toString().replace("-", "");
        administer("create database " + name);
        try (Bucket bucket = Bucket.start(work.resolve("bucket"))) {
            Map<String, String> shared = new HashMap<>(bucket.environment());
            shared.putAll(Map.of(KenninConfig.DB_URL, PG_SERVER + name, KenninConfig.DB_USER, "postgres",
                    KenninConfig.SECRET, SECRET, KenninConfig.HASH_THREADS, "2"));
            Map<String, String> one = node(shared, "node1");
            Map<String, String> two = node(shared, "node2");
            List<RosterRow> members = DemoWithMembers.seed(one, SYMBOL, FIRST_NUMBER, 2, "分散", "ブンサン", "two-");
            DemoWithMembers.giveAccounts(one, members, "two-", PASSWORD);
            String member = members.get(0).number();

            try (ChildServer first = ChildServer.start(one, work.resolve("node1.log"));
                 ChildServer second = ChildServer.start(two, work.resolve("node2.log"))) {
                Browser browser = new Browser(first.port());
                String form = logInAndOpenForm(browser, member);

                // The balancer sends the next requests to node 2: same session, same CSRF token.
                browser.switchTo(second.port());
                assertThat(browser.open("/home").body()).as("node 2 knows the session begun on node 1").contains(form);
                browser.open(form);
                browser.submit(form, SurveyOverHttp.STUDENT_ANSWERS);
                List<String> kinds = SurveyOverHttp.kindsAskedFor(browser.open(form + "/documents").body());
                assertThat(kinds).isNotEmpty();

                // An upload to node 1 is on node 2's page, and node 2 serves its bytes from the bucket.
                browser.switchTo(first.port());
                browser.open(form + "/documents");
                assertThat(SurveyOverHttp.upload(browser, form + "/documents", kinds.get(0), "node1-photo.jpg", PHOTO).statusCode()).isEqualTo(303);
                browser.switchTo(second.port());
                String checklist = browser.open(form + "/documents").body();
                Matcher link = Pattern.compile("<a href=\"(/survey/documents/[^\"]+)\"[^>]*>node1-photo\\.jpg</a>")
                        .matcher(checklist);
                assertThat(link.find()).as("node 2 lists the file uploaded to node 1:%n%s", checklist).isTrue();
                HttpResponse<byte[]> download = browser.download(link.group(1));
                assertThat(download.statusCode()).isEqualTo(200);
                assertThat(download.body()).as("the bytes node 2 serves").isEqualTo(PHOTO);

                // Logging out on node 2 ends the session on node 1 too.
                browser.open("/home");
                browser.submit("/logout", Map.of());
                browser.switchTo(first.port());
                assertThat(browser.fetch("/home").headers().firstValue("Location")).as("node 1 after logout on node 2")
                        .hasValueSatisfying(location -> assertThat(location).contains("/login"));

                // Node 1 is killed while a slow upload is mid-body and quick ones keep arriving. Each runs in a
                // browser (a session, an HTTP client) of its own: the slow one's trickle holds its client's thread.
                Browser uploader = new Browser(first.port());
                logInAndOpenForm(uploader, member);
                uploader.open(form + "/documents");
                Browser trickler = new Browser(first.port());
                logInAndOpenForm(trickler, member);
                trickler.open(form + "/documents");
                CountDownLatch halfSent = new CountDownLatch(1);
                CountDownLatch someAcknowledged = new CountDownLatch(3);
                CompletableFuture<HttpResponse<String>> slow = trickler.sendAsync(slowUpload(trickler, form, kinds.get(0), halfSent));
                List<String> acknowledged = new ArrayList<>();
                CompletableFuture<Void> quick = CompletableFuture.runAsync(() -> {
                    for (int i = 0; ; i++) {
                        String file = "quick-" + i + ".jpg";
                        try {
                            if (SurveyOverHttp.upload(uploader, form + "/documents", kinds.get(0), file, PHOTO).statusCode() == 303) {
                                synchronized (acknowledged) {
                                    acknowledged.add(file);
                                }
                                someAcknowledged.countDown();
                            }
                        } catch (RuntimeException e) {
                            return; // the node died under this request: never acknowledged
                        }
                    }
                });
                assertThat(someAcknowledged.await(60, TimeUnit.SECONDS)).as("quick uploads before the kill").isTrue();
                assertThat(halfSent.await(60, TimeUnit.SECONDS)).isTrue();
                first.kill();
                quick.get(60, TimeUnit.SECONDS);
                assertThat(slow.handle((answer, failure) -> failure != null || answer.statusCode() >= 500).get(60,
                        TimeUnit.SECONDS)).as("the slow upload was cut off").isTrue();

                // Node 2 carries on; database and bucket agree.
                Browser survivor = new Browser(second.port());
                logInAndOpenForm(survivor, member);
                String after = survivor.open(form + "/documents").body();
                synchronized (acknowledged) {
                    for (String file : acknowledged) {
                        assertThat(after).as("acknowledged upload %s on node 2", file).contains(file);
                    }
                }
                assertThat(after).doesNotContain("slow-half.jpg");
                try (Connection db = DriverManager.getConnection(PG_SERVER + name, "postgres", "")) {
                    Map<String, Long> rows = documentRows(db);
                    Map<String, Long> objects = bucket.documents();
                    for (Map.Entry<String, Long> row : rows.entrySet()) {
                        assertThat(objects).as("object of document row %s", row.getKey()).containsKey(row.getKey());
                        assertThat(objects.get(row.getKey())).as("size of object %s", row.getKey()).isEqualTo(row.getValue());
                    }
                    Set<String> withoutRow = new HashSet<>(objects.keySet());
                    withoutRow.removeAll(rows.keySet());
                    System.out.printf("two nodes: %d uploads acknowledged before the kill, %d rows, %d objects, %d without a row%n",
                            acknowledged.size(), rows.size(), objects.size(), withoutRow.size());
                    // An object put in the instant before its row's commit is at most one per request in flight.
                    assertThat(withoutRow.size()).as("objects without a row").isLessThanOrEqualTo(2);
                }
            }
        } finally {
            administer("drop database if exists " + name + " with (force)");
        }
    }

    private Map<String, String> node(Map<String, String> shared, String node) throws Exception {
        Map<String, String> env = new HashMap<>(shared);
        env.put(KenninConfig.DATA_DIR, Files.createDirectories(work.resolve(node)).toString());
        return env;
    }

    private static String logInAndOpenForm(Browser browser, String number) {
        browser.open("/login");
        HttpResponse<String> afterLogin = browser.submit("/login", Map.of("userId", "two-" + number, "password", PASSWORD));
        Matcher version = SurveyOverHttp.TERMS_VERSION.matcher(afterLogin.body());
        if (version.find()) {
            browser.submit("/terms", Map.of("agreed", "on", "version", version.group(1)));
        }
        Matcher link = SurveyOverHttp.FORM_LINK.matcher(browser.open("/home").body());
        assertThat(link.find()).as("the member sees the son's form").isTrue();
        return link.group(1);
    }

    /** An upload of a few MB whose body trickles out, so that the kill finds it half sent. */
    private static HttpRequest slowUpload(Browser browser, String form, String kind, CountDownLatch halfSent) {
        String boundary = "----kennin-slow-" + System.nanoTime();
        byte[] big = new byte[4 * 1024 * 1024];
        System.arraycopy(PHOTO, 0, big, 0, PHOTO.length);
        byte[] body = SurveyOverHttp.multipart(browser, kind, "slow-half.jpg", big, boundary);
        HttpRequest.BodyPublisher trickle = new HttpRequest.BodyPublisher() {
            @Override
            public long contentLength() {
                return body.length;
            }

            @Override
            public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
                subscriber.onSubscribe(new Flow.Subscription() {
                    int sent;
                    boolean done;

                    @Override
                    public synchronized void request(long n) {
                        for (long i = 0; i < n && !done; i++) {
                            int chunk = Math.min(64 * 1024, body.length - sent);
                            if (chunk == 0) {
                                done = true;
                                subscriber.onComplete();
                                return;
                            }
                            subscriber.onNext(ByteBuffer.wrap(body, sent, chunk));
                            sent += chunk;
                            if (sent > body.length / 2) {
                                halfSent.countDown();
                                sleep(200);
                            }
                        }
                    }

                    @Override
                    public void cancel() {
                        done = true;
                    }
                });
            }
        };
        return HttpRequest.newBuilder(browser.uri(form + "/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(trickle).build();
    }

    private static Map<String, Long> documentRows(Connection db) throws SQLException {
        Map<String, Long> rows = new HashMap<>();
        try (PreparedStatement s = db.prepareStatement("select id, size_bytes from survey_document");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rows.put(r.getString(1), r.getLong(2));
            }
        }
        return rows;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void administer(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(PG_SERVER + "postgres", "postgres", "");
             PreparedStatement s = connection.prepareStatement(statement)) {
            s.execute();
        }
    }
}
