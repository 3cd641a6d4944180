package jp.kenpo.kennin.bootstrap.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.kenpo.kennin.adapters.persistence.Database;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.application.roster.RosterRow;
import jp.kenpo.kennin.bootstrap.config.KenninConfig;
import jp.kenpo.kennin.bootstrap.journey.SamplePhotos;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A power cut, as far as a process can have one: members log in, answer, upload and submit over
 * real HTTP to the application running in a child JVM; in the middle of it the child is killed
 * with SIGKILL. After a restart on the same data, every 受付番号 a member saw on the receipt page
 * and every upload a member was told had arrived must still be there: the database row and the
 * file. What was never acknowledged may be gone, but leaves no file without a row behind.
 *
 * <p>The accounts are made in this JVM before the child starts, all with one Argon2 hash: signing
 * up over HTTP (a hash, a mail and a code each) proves nothing about durability and took most of
 * the run. Logins still go over HTTP, overlapping the first members' uploads.
 */
@Tag("slow") // two JVMs of its own, per database
class KillDuringSubmissionsTest {
    private static final int MEMBERS = 20;
    /** Kill when this many members have their receipt: the others are then mid-upload or mid-submit. */
    private static final int KILL_AFTER_RECEIPTS = MEMBERS / 2;
    /** After the receipt; with up to 7 before it and the required ones, within the 30 files a dependent may have. */
    private static final int EXTRA_UPLOADS = 20;
    private static final String INSURER = "demo";
    private static final String SYMBOL = "77";
    private static final int FIRST_NUMBER = 50_000;
    private static final String PASSWORD = "Durable#2026pass";
    private static final String PG_SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final Pattern RECEIPT_IN_MAIL = Pattern.compile("受付番号：(\\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4})");
    private static final byte[] PHOTO = SamplePhotos.jpeg();
    /** Logins at once: below the child's hashing queue (2 threads, 16 waiting), so none is turned away as "busy". */
    private static final int CONCURRENT_LOGINS = 4;

    @TempDir
    Path work;

    @Test
    void everyAcknowledgedReceiptAndUploadSurvivesAKillOnTheEmbeddedDatabase() throws Exception {
        Path dataDir = Files.createDirectories(work.resolve("data"));
        Map<String, String> env = Map.of(KenninConfig.DATA_DIR, dataDir.toString(), KenninConfig.HASH_THREADS, "2");
        Outcome outcome = killUnderLoadAndRestart(env, dataDir);
        try (Connection db = DriverManager.getConnection(Database.h2FileUrl(dataDir), Database.EMBEDDED_USER,
                Files.readString(dataDir.resolve(KenninConfig.DB_KEY_FILE)).strip())) {
            outcome.assertEverythingAcknowledgedIsIn(db, dataDir);
        }
    }

    @Test
    void everyAcknowledgedReceiptAndUploadSurvivesAKillOnPostgres() throws Exception {
        assumeFalse(Boolean.getBoolean("kennin.skipPostgres"), "kennin.skipPostgres=true");
        String name = "kennin_kill_" + UUID.randomUUID().toString().replace("-", "");
        administer("create database " + name);
        try {
            Path dataDir = Files.createDirectories(work.resolve("data"));
            Map<String, String> env = Map.of(KenninConfig.DATA_DIR, dataDir.toString(), KenninConfig.HASH_THREADS, "2",
                    KenninConfig.DB_URL, PG_SERVER + name, KenninConfig.DB_USER, "postgres");
            Outcome outcome = killUnderLoadAndRestart(env, dataDir);
            try (Connection db = DriverManager.getConnection(PG_SERVER + name, "postgres", "")) {
                outcome.assertEverythingAcknowledgedIsIn(db, dataDir);
            }
        } finally {
            administer("drop database if exists " + name + " with (force)");
        }
    }

    private Outcome killUnderLoadAndRestart(Map<String, String> env, Path dataDir) throws Exception {
        long started = System.nanoTime();
        List<RosterRow> members = prepareMembersWithAccounts(env);
        Path log = work.resolve("server.log");
        Outcome outcome = new Outcome();
        outcome.prepared = System.nanoTime() - started;
        try (ChildServer first = ChildServer.start(env, log)) {
            outcome.setUp = System.nanoTime() - started;
            Outbox mails = new Outbox(dataDir.resolve("outbox"));
            CountDownLatch enoughReceipts = new CountDownLatch(KILL_AFTER_RECEIPTS);
            Semaphore logins = new Semaphore(CONCURRENT_LOGINS);
            ExecutorService load = Executors.newFixedThreadPool(members.size());
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<?>> running = new ArrayList<>();
                for (RosterRow row : members) {
                    Member member = new Member(row.number(), row.email(), new Browser(first.port()));
                    running.add(load.submit(() -> member.work(go, logins, outcome, mails, enoughReceipts)));
                }
                go.countDown();
                assertThat(enoughReceipts.await(300, TimeUnit.SECONDS)).as("receipts before the kill; server log:\n%s",
                        first.log()).isTrue();
                first.kill();
                outcome.killedAt = System.nanoTime() - started;
                for (Future<?> f : running) {
                    f.get(60, TimeUnit.SECONDS);
                }
            } finally {
                load.shutdownNow();
            }
        }
        long restarting = System.nanoTime();
        try (ChildServer second = ChildServer.start(env, log)) {
            outcome.restarted = System.nanoTime() - restarting;
            second.stop();
        }
        outcome.total = System.nanoTime() - started;
        System.out.printf("kill test: %d receipts and %d uploads acknowledged before the kill (%d members cut off by it, %d of"
                        + " them in their submit); accounts ready at %.1f s, child answering at %.1f s, killed at %.1f s,"
                        + " restart took %.1f s, total %.1f s%n", outcome.receipts.size(), outcome.uploads.size(),
                outcome.cutOff.get(), outcome.submitsCut.get(), outcome.prepared / 1e9, outcome.setUp / 1e9,
                outcome.killedAt / 1e9, outcome.restarted / 1e9, outcome.total / 1e9);
        return outcome;
    }

    /** The demo with members who each have a son in scope and an account (user id {@code kill-<番号>}). */
    private static List<RosterRow> prepareMembersWithAccounts(Map<String, String> env) {
        List<RosterRow> members = DemoWithMembers.seed(env, SYMBOL, FIRST_NUMBER, MEMBERS, "耐久", "タイキュウ", "kill-");
        DemoWithMembers.giveAccounts(env, members, "kill-", PASSWORD);
        return members;
    }

    private static String userIdOf(String number) {
        return "kill-" + number;
    }

    /** One member's browser; what the member was told is recorded in {@link Outcome}. */
    private static final class Member {
        final String number;
        final String email;
        final Browser browser;
        final List<String> missing = new ArrayList<>();
        String form;
        int uploads;

        Member(String number, String email, Browser browser) {
            this.number = number;
            this.email = email;
            this.browser = browser;
        }

        /**
         * Logs in, answers the son's form, uploads what is missing, submits, then keeps adding files
         * (allowed after submission) until the server dies.
         */
        Void work(CountDownLatch go, Semaphore logins, Outcome outcome, Outbox mails, CountDownLatch enoughReceipts)
                throws Exception {
            go.await();
            boolean submitting = false;
            try {
                logInAndAnswer(logins);
                String documents = form + "/documents";
                browser.open(documents);
                for (String kind : missing) {
                    upload(documents, kind, outcome);
                }
                // Members take their time differently, so submits keep arriving until the kill instead of all at once.
                for (int i = 0; i < Integer.parseInt(number) % 8; i++) {
                    upload(documents, missing.get(0), outcome);
                }
                browser.open("/survey/confirm");
                submitting = true;
                HttpResponse<String> answer = browser.post("/survey/submit",
                        Map.of("_csrf", browser.csrfToken().orElseThrow()), Map.of());
                assertThat(answer.headers().firstValue("Location")).as("answer to member %s's submit", number)
                        .hasValue("/survey/submitted");
                // Acknowledged: the receipt page is one GET away and the mail with the number has gone out.
                outcome.receipts.add(mails.receiptFor(email));
                submitting = false;
                enoughReceipts.countDown();
                browser.open(documents);
                for (int i = 0; i < EXTRA_UPLOADS; i++) {
                    upload(documents, missing.get(0), outcome);
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                // The server was killed under this request: it was never acknowledged.
                outcome.cutOff.incrementAndGet();
                if (submitting) {
                    outcome.submitsCut.incrementAndGet();
                }
            }
            return null;
        }

        /** The account exists already; the login is the member's first request. */
        private void logInAndAnswer(Semaphore logins) throws InterruptedException {
            String userId = userIdOf(number);
            browser.open("/login");
            HttpResponse<String> afterLogin;
            logins.acquire();
            try {
                afterLogin = browser.submit("/login", Map.of("userId", userId, "password", PASSWORD));
            } finally {
                logins.release();
            }
            Matcher version = SurveyOverHttp.TERMS_VERSION.matcher(afterLogin.body());
            if (version.find()) {
                browser.submit("/terms", Map.of("agreed", "on", "version", version.group(1)));
            }
            Matcher link = SurveyOverHttp.FORM_LINK.matcher(browser.open("/home").body());
            assertThat(link.find()).as("member %s sees the son's form", number).isTrue();
            form = link.group(1);
            browser.open(form);
            HttpResponse<String> saved = browser.submit(form, SurveyOverHttp.STUDENT_ANSWERS);
            String checklist = browser.open(form + "/documents").body();
            missing.addAll(SurveyOverHttp.kindsAskedFor(checklist));
            assertThat(missing).as("documents asked of member %s (answers saved with %s); checklist:%n%s", number,
                    saved.statusCode(), checklist.replaceAll("(?s).*<main", "<main")).isNotEmpty();
        }

        /** Posts the checklist's multipart form; the 303 back to the checklist is the server's "stored". */
        private void upload(String documents, String kind, Outcome outcome) {
            String name = "m" + number + "-" + (++uploads) + ".jpg";
            HttpResponse<String> answer = SurveyOverHttp.upload(browser, documents, kind, name, PHOTO);
            assertThat(answer.statusCode()).as("answer to upload %s", name).isEqualTo(303);
            // Every file here is a valid photo under every limit, so the redirect means it was kept; the page confirms it.
            outcome.uploads.add(name);
            assertThat(browser.open(documents).body()).as("upload %s", name).contains("「" + name + "」をアップロードしました。");
        }
    }

    /** What members were told before the kill, and how long each phase took. */
    private static final class Outcome {
        final Set<String> receipts = ConcurrentHashMap.newKeySet();
        final Set<String> uploads = ConcurrentHashMap.newKeySet();
        final AtomicInteger cutOff = new AtomicInteger();
        final AtomicInteger submitsCut = new AtomicInteger();
        long prepared;
        long setUp;
        long killedAt;
        long restarted;
        long total;

        void assertEverythingAcknowledgedIsIn(Connection db, Path dataDir) throws SQLException, IOException {
            Set<String> storedReceipts = new HashSet<>();
            try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery("select receipt_number from survey_submission")) {
                while (rows.next()) {
                    storedReceipts.add(rows.getString(1));
                }
            }
            Map<String, String> idByName = new HashMap<>();
            try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery("select file_name, id from survey_document")) {
                while (rows.next()) {
                    idByName.put(rows.getString(1), rows.getString(2));
                }
            }
            Path kept = dataDir.resolve("documents").resolve("documents");
            Set<String> files = new HashSet<>();
            try (Stream<Path> all = Files.walk(kept)) {
                all.filter(Files::isRegularFile).forEach(f -> files.add(f.getFileName().toString()));
            }
            List<String> lostReceipts = receipts.stream().filter(r -> !storedReceipts.contains(r)).sorted().toList();
            List<String> lostRows = uploads.stream().filter(n -> !idByName.containsKey(n)).sorted().toList();
            List<String> lostFiles = uploads.stream().filter(idByName::containsKey).filter(n -> !files.contains(idByName.get(n)))
                    .sorted().toList();
            List<String> filesWithoutRow = files.stream().filter(f -> !idByName.containsValue(f)).sorted().toList();
            System.out.printf("after restart: lost %d of %d receipts, %d of %d upload rows, %d files; %d files without a row%n",
                    lostReceipts.size(), receipts.size(), lostRows.size(), uploads.size(), lostFiles.size(), filesWithoutRow.size());
            assertThat(lostReceipts).as("acknowledged receipts missing after the restart").isEmpty();
            assertThat(lostRows).as("acknowledged uploads without their row after the restart").isEmpty();
            assertThat(lostFiles).as("acknowledged uploads without their file after the restart").isEmpty();
            assertThat(filesWithoutRow).as("kept files without a row, left after the restart").isEmpty();
            assertThat(receipts).as("some receipts before the kill").hasSizeGreaterThanOrEqualTo(KILL_AFTER_RECEIPTS);
            // Else the kill came after the load and the test proved nothing about a crash mid-request.
            assertThat(receipts).as("members still without a receipt at the kill").hasSizeLessThan(MEMBERS);
            assertThat(cutOff.get()).as("members whose request the kill cut off").isPositive();
        }
    }

    /** Reads the mails the server wrote as .eml files (no SMTP host is set). */
    private static final class Outbox {
        private final Path directory;
        private final Session session = Session.getInstance(new Properties());

        Outbox(Path directory) {
            this.directory = directory;
        }

        /** The 受付番号 in the newest mail to {@code address}; the server writes it before it answers, a short wait covers slow disks. */
        String receiptFor(String address) throws Exception {
            return newest(address, RECEIPT_IN_MAIL);
        }

        private String newest(String address, Pattern pattern) throws Exception {
            long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            do {
                Optional<String> found = newestMatchTo(address, pattern);
                if (found.isPresent()) {
                    return found.get();
                }
                Thread.sleep(50);
            } while (System.nanoTime() < until);
            throw new AssertionError("no mail to " + address + " matching " + pattern + " in " + directory);
        }

        private Optional<String> newestMatchTo(String address, Pattern pattern) throws Exception {
            if (!Files.isDirectory(directory)) {
                return Optional.empty();
            }
            List<Path> mails;
            try (Stream<Path> files = Files.list(directory)) {
                mails = files.filter(f -> f.getFileName().toString().endsWith(".eml")).sorted().toList();
            }
            String match = null;
            for (Path file : mails) {
                try (InputStream in = Files.newInputStream(file)) {
                    MimeMessage message = new MimeMessage(session, in);
                    if (((InternetAddress) message.getAllRecipients()[0]).getAddress().equalsIgnoreCase(address)) {
                        Matcher m = pattern.matcher(String.valueOf(message.getContent()));
                        if (m.find()) {
                            match = m.group(1);
                        }
                    }
                }
            }
            return Optional.ofNullable(match);
        }
    }

    private static void administer(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(PG_SERVER + "postgres", "postgres", "");
             PreparedStatement s = connection.prepareStatement(statement)) {
            s.execute();
        }
    }
}
