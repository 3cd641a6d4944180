package jp.kenpo.kennin.adapters.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import jp.kenpo.kennin.adapters.persistence.Database;
import jp.kenpo.kennin.application.roster.HoldRosterUseCase;
import jp.kenpo.kennin.application.letters.GenerateLetterBatchUseCase;
import jp.kenpo.kennin.application.mailing.DeliverOutboxMailsUseCase;
import jp.kenpo.kennin.application.mailing.StartDueCampaignsUseCase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The job runner on a real database migrated by the application (V20's scheduled_tasks), run
 * unchanged on H2 and PostgreSQL. "Nodes" are two runners in this JVM, each with its own pool,
 * sharing nothing but the database, as two servers would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
abstract class BackgroundJobsContract {
    private Database first;
    private Database second;
    private final List<BackgroundJobs> running = new ArrayList<>();

    abstract String createDatabase() throws SQLException;

    abstract void dropDatabase() throws SQLException;

    abstract String user();

    /** What the runner must take this database for: H2 in PostgreSQL mode is not PostgreSQL (no SKIP LOCKED). */
    abstract BackgroundJobs.Dialect expectedDialect();

    @BeforeAll
    void openDatabase() throws SQLException {
        String url = createDatabase();
        first = Database.connect(url, user(), "");
        second = Database.connect(url, user(), "");
    }

    @AfterAll
    void closeDatabase() throws SQLException {
        second.close();
        first.close();
        dropDatabase();
    }

    @BeforeEach
    void emptyTable() throws SQLException {
        sql("delete from scheduled_tasks");
    }

    @AfterEach
    void stopNodes() {
        running.forEach(BackgroundJobs::close);
        running.clear();
    }

    @Test
    void theDatabaseIsToldByItsDriverNotByTheModeItImitates() {
        assertThat(BackgroundJobs.Dialect.of(first.dataSource())).isEqualTo(expectedDialect());
    }

    @Test
    void theOutboxWorkerRunsWithTheThrottlesMailCountAndTheNodesName() throws Exception {
        Outbox outbox = new Outbox(Duration.ZERO);
        start(first, "node-a", new MailThrottle(600), outbox, new Campaigns(Duration.ZERO), new Letters());

        await(() -> outbox.commands.size() >= 2, Duration.ofSeconds(15));
        DeliverOutboxMailsUseCase.DeliverDueMailsCommand command = outbox.commands.get(0);
        assertThat(command.maxMails()).as("600 a minute, a run every 5 s").isEqualTo(50);
        assertThat(command.maxDuration()).isEqualTo(Duration.ofSeconds(10));
        assertThat(command.worker()).startsWith("node-a#");
        assertThat(outbox.commands.get(1).worker()).isNotEqualTo(command.worker());
        Duration between = Duration.between(outbox.starts.get(0), outbox.starts.get(1));
        assertThat(between).as("the throttle's period between two runs").isGreaterThanOrEqualTo(Duration.ofMillis(4900))
                .isLessThan(Duration.ofMillis(7000));
        assertThat(rows()).containsKeys(BackgroundJobs.OUTBOX, BackgroundJobs.CAMPAIGNS);
    }

    @Test
    void twoNodesNeverRunTheSameRecurringJobAtOnce() throws Exception {
        AtOnce campaignsAtOnce = new AtOnce();
        Campaigns onA = new Campaigns(Duration.ofMillis(150), campaignsAtOnce);
        Campaigns onB = new Campaigns(Duration.ofMillis(150), campaignsAtOnce);
        Outbox outbox = new Outbox(Duration.ofMillis(150));
        start(first, "node-a", new MailThrottle(600), outbox, onA, new Letters());
        start(second, "node-b", new MailThrottle(600), outbox, onB, new Letters());

        await(() -> onA.runs.get() + onB.runs.get() >= 20 && onA.runs.get() > 0 && onB.runs.get() > 0,
                Duration.ofSeconds(40));
        assertThat(campaignsAtOnce.mostAtOnce.get()).as("campaign starts running at once").isEqualTo(1);
        assertThat(outbox.mostAtOnce.get()).as("outbox runs at once").isEqualTo(1);
        assertThat(outbox.commands).isNotEmpty();
    }

    @Test
    void aLetterBatchScheduledTwiceFromTwoNodesIsMadeOnce() throws Exception {
        Letters letters = new Letters();
        BackgroundJobs a = start(first, "node-a", new MailThrottle(600), new Outbox(Duration.ZERO),
                new Campaigns(Duration.ZERO), letters);
        BackgroundJobs b = start(second, "node-b", new MailThrottle(600), new Outbox(Duration.ZERO),
                new Campaigns(Duration.ZERO), letters);

        a.scheduleLetterBatch(41);
        b.scheduleLetterBatch(41);
        a.scheduleLetterBatch(41);
        b.scheduleLetterBatch(42);

        await(() -> letters.made.keySet().containsAll(Set.of(41L, 42L)) && !rows().containsKey(BackgroundJobs.LETTERS),
                Duration.ofSeconds(15));
        Thread.sleep(1500);
        assertThat(letters.made).containsEntry(41L, 1).containsEntry(42L, 1).hasSize(2);
    }

    @Test
    void aJobOfANodeThatDiedIsRunAgainByAnother() throws Exception {
        // What a killed node leaves: the outbox job picked, its heartbeat long silent.
        Instant old = Instant.now().minus(Duration.ofHours(1));
        try (Connection c = first.dataSource().getConnection();
             PreparedStatement insert = c.prepareStatement("insert into scheduled_tasks (task_name, task_instance,"
                     + " execution_time, picked, picked_by, last_heartbeat, version) values (?, 'recurring', ?, true,"
                     + " 'dead-node', ?, 7)")) {
            insert.setString(1, BackgroundJobs.OUTBOX);
            insert.setObject(2, OffsetDateTime.ofInstant(old, ZoneOffset.UTC));
            insert.setObject(3, OffsetDateTime.ofInstant(old, ZoneOffset.UTC));
            insert.executeUpdate();
        }
        Outbox outbox = new Outbox(Duration.ZERO);
        start(first, "node-b", new MailThrottle(600), outbox, new Campaigns(Duration.ZERO), new Letters());

        await(() -> !outbox.commands.isEmpty(), Duration.ofSeconds(15));
        assertThat(outbox.commands.get(0).worker()).startsWith("node-b#");
    }

    /**
     * Last: the job it interrupts may be inside H2, and an interrupted H2 file channel closes the
     * embedded database for every later test of the class (seen once the retention tests came after it).
     */
    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
    void stoppingWaitsForARunningJobOnlySoLong() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        StartDueCampaignsUseCase stuck = () -> {
            inside.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        };
        BackgroundJobs jobs = BackgroundJobs.create(first.dataSource(), new BackgroundJobs.UseCases(
                        new Outbox(Duration.ZERO), stuck, new Letters()),
                settings("node-a", new MailThrottle(600)).withShutdownMaxWait(Duration.ofMillis(500)));
        jobs.start();
        assertThat(inside.await(15, TimeUnit.SECONDS)).isTrue();

        long started = System.nanoTime();
        jobs.close();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("twice the wait, plus the pollers' own seconds")
                .isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aFastRateSplitsEachRunIntoWorkersSideBySideThatShareItsMails() throws Exception {
        Outbox outbox = new Outbox(Duration.ofMillis(300));
        start(first, "node-a", new MailThrottle(60_000), outbox, new Campaigns(Duration.ZERO), new Letters());

        await(() -> outbox.commands.size() >= MailThrottle.MAX_LANES, Duration.ofSeconds(15));
        List<DeliverOutboxMailsUseCase.DeliverDueMailsCommand> firstRun = outbox.commands.subList(0, MailThrottle.MAX_LANES);
        assertThat(firstRun).extracting(DeliverOutboxMailsUseCase.DeliverDueMailsCommand::worker)
                .as("one run, its workers told apart").doesNotHaveDuplicates()
                .allSatisfy(worker -> assertThat(worker).matches("node-a#1\\.[1-4]"));
        assertThat(firstRun.stream().mapToInt(DeliverOutboxMailsUseCase.DeliverDueMailsCommand::maxMails).sum())
                .as("the run's mails shared, not multiplied").isEqualTo(5000);
        assertThat(outbox.mostAtOnce.get()).as("side by side").isGreaterThan(1);
    }

    // --- objectstore ---
    @Test
    void theRetentionJobRunsOnOneNodeAtATimeInRoundsUntilNothingIsDue() throws Exception {
        AtOnce purgesAtOnce = new AtOnce();
        Purge onA = new Purge(purgesAtOnce, 2500);
        Purge onB = new Purge(purgesAtOnce, 2500);
        startWithPurge(first, "node-a", onA);
        startWithPurge(second, "node-b", onB);

        await(() -> onA.purged.get() + onB.purged.get() >= 2500 && onA.runs.get() + onB.runs.get() >= 8, Duration.ofSeconds(40));

        assertThat(purgesAtOnce.mostAtOnce.get()).as("purges running at once").isEqualTo(1);
        assertThat(onA.purged.get() + onB.purged.get()).as("each document purged once").isEqualTo(2500);
        assertThat(rows()).containsEntry(BackgroundJobs.DOCUMENT_RETENTION, 1);
        assertThat(onA.commands).allSatisfy(c -> assertThat(c.batchSize()).isEqualTo(100));
    }

    @Test
    void withoutARetentionThereIsNoRetentionJob() throws Exception {
        start(first, "node-a", new MailThrottle(600), new Outbox(Duration.ZERO), new Campaigns(Duration.ZERO), new Letters());

        await(() -> rows().containsKey(BackgroundJobs.CAMPAIGNS), Duration.ofSeconds(10));
        assertThat(rows()).doesNotContainKey(BackgroundJobs.DOCUMENT_RETENTION);
    }

    @Test
    void previewedRostersNobodyCommittedAreForgottenByAJob() throws Exception {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        HoldRosterUseCase held = new HoldRosterUseCase() {
            @Override
            public jp.kenpo.kennin.application.session.SessionToken hold(HoldRosterCommand command) {
                throw new UnsupportedOperationException();
            }

            @Override
            public java.util.Optional<jp.kenpo.kennin.application.roster.HeldRoster> release(ReleaseRosterCommand command) {
                throw new UnsupportedOperationException();
            }

            @Override
            public int forgetExpired() {
                calls.incrementAndGet();
                return 0;
            }
        };
        BackgroundJobs jobs = BackgroundJobs.create(first.dataSource(), new BackgroundJobs.UseCases(new Outbox(Duration.ZERO),
                new Campaigns(Duration.ZERO), new Letters()).withHeldRosters(held), settings("node-a", new MailThrottle(600)));
        running.add(jobs);
        jobs.start();

        await(() -> calls.get() >= 1, Duration.ofSeconds(20));
        assertThat(rows()).containsEntry(BackgroundJobs.HELD_ROSTER_EXPIRY, 1);
    }

    private void startWithPurge(Database db, String node, Purge purge) {
        BackgroundJobs jobs = BackgroundJobs.create(db.dataSource(), new BackgroundJobs.UseCases(new Outbox(Duration.ZERO),
                        new Campaigns(Duration.ZERO), new Letters()).withDocumentPurge(java.util.Optional.of(
                        new DocumentPurge(purge, java.time.Clock.systemUTC(), Duration.ofMillis(100), Duration.ofSeconds(5), 100,
                                1000))),
                settings(node, new MailThrottle(600)));
        running.add(jobs);
        jobs.start();
    }

    /** A purge with {@code due} documents shared by the nodes given the same counter; each round takes up to 1,000. */
    private static final class Purge implements jp.kenpo.kennin.application.retention.PurgeExpiredDocumentsUseCase {
        private static final Map<AtOnce, AtomicInteger> LEFT = new ConcurrentHashMap<>();
        final AtomicInteger runs = new AtomicInteger();
        final AtomicInteger purged = new AtomicInteger();
        final List<PurgeExpiredDocumentsCommand> commands = Collections.synchronizedList(new ArrayList<>());
        private final AtOnce atOnce;
        private final AtomicInteger left;

        Purge(AtOnce atOnce, int due) {
            this.atOnce = atOnce;
            this.left = LEFT.computeIfAbsent(atOnce, a -> new AtomicInteger(due));
        }

        @Override
        public PurgeRun purgeExpiredDocuments(PurgeExpiredDocumentsCommand command) {
            commands.add(command);
            atOnce.during(Duration.ofMillis(20));
            runs.incrementAndGet();
            int taken = Math.min(command.maxPerRun(), Math.max(0, left.get()));
            left.addAndGet(-taken);
            purged.addAndGet(taken);
            return new PurgeRun(taken > 0 ? 1 : 0, taken, false);
        }
    }
    // --- end objectstore ---

    private BackgroundJobs start(Database db, String node, MailThrottle throttle, DeliverOutboxMailsUseCase outbox,
                                 StartDueCampaignsUseCase campaigns, GenerateLetterBatchUseCase letters) {
        BackgroundJobs jobs = BackgroundJobs.create(db.dataSource(), new BackgroundJobs.UseCases(outbox, campaigns, letters),
                settings(node, throttle));
        running.add(jobs);
        jobs.start();
        return jobs;
    }

    private static JobSettings settings(String node, MailThrottle throttle) {
        return JobSettings.standard(node, throttle).withCampaignCheck(Duration.ofMillis(50)).withPolling(Duration.ofMillis(100))
                .withHeartbeat(Duration.ofMillis(250), 4).withShutdownMaxWait(Duration.ofSeconds(2));
    }

    private Map<String, Integer> rows() {
        Map<String, Integer> rows = new ConcurrentHashMap<>();
        try (Connection c = first.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select task_name, count(*) from scheduled_tasks group by task_name")) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getInt(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = first.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static void await(BooleanSupplier condition, Duration atMost) throws InterruptedException {
        long end = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + atMost);
            }
            Thread.sleep(50);
        }
    }

    /** Counts how many runs are inside the use case at once. */
    private static final class AtOnce {
        final AtomicInteger now = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();

        void during(Duration busy) {
            mostAtOnce.accumulateAndGet(now.incrementAndGet(), Math::max);
            try {
                Thread.sleep(busy.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                now.decrementAndGet();
            }
        }
    }

    private static final class Outbox implements DeliverOutboxMailsUseCase {
        final List<DeliverDueMailsCommand> commands = Collections.synchronizedList(new ArrayList<>());
        final List<Instant> starts = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger mostAtOnce;
        private final AtOnce atOnce = new AtOnce();
        private final Duration busy;

        Outbox(Duration busy) {
            this.busy = busy;
            this.mostAtOnce = atOnce.mostAtOnce;
        }

        @Override
        public DeliveryRun deliverDueMails(DeliverDueMailsCommand command) {
            starts.add(Instant.now());
            atOnce.during(busy);
            commands.add(command);
            return new DeliveryRun(0, 0, 0, 0, 0, false);
        }
    }

    private static final class Campaigns implements StartDueCampaignsUseCase {
        final AtomicInteger runs = new AtomicInteger();
        private final AtOnce atOnce;
        private final Duration busy;

        Campaigns(Duration busy) {
            this(busy, new AtOnce());
        }

        /** One node's use case; nodes given the same {@code atOnce} count together. */
        Campaigns(Duration busy, AtOnce atOnce) {
            this.busy = busy;
            this.atOnce = atOnce;
        }

        @Override
        public List<StartedCampaign> startDueCampaigns() {
            atOnce.during(busy);
            runs.incrementAndGet();
            return List.of();
        }
    }

    private static final class Letters implements GenerateLetterBatchUseCase {
        final Map<Long, Integer> made = new ConcurrentHashMap<>();

        @Override
        public void generateLetterBatch(long batchId) {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            made.merge(batchId, 1, Integer::sum);
        }
    }
}
