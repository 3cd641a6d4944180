package jp.kenpo.kennin.adapters.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.jdbc.DefaultJdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.PostgreSqlJdbcCustomization;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import jp.kenpo.kennin.application.letters.GenerateLetterBatchUseCase;
import jp.kenpo.kennin.application.letters.ScheduleLetterBatchPort;
import jp.kenpo.kennin.application.mailing.DeliverOutboxMailsUseCase;
import jp.kenpo.kennin.application.mailing.DeliverOutboxMailsUseCase.DeliverDueMailsCommand;
import jp.kenpo.kennin.application.mailing.DeliverOutboxMailsUseCase.DeliveryRun;
import jp.kenpo.kennin.application.mailing.StartDueCampaignsUseCase;
import jp.kenpo.kennin.application.roster.HoldRosterUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background job runner: db-scheduler on the application's database, in the table
 * {@code scheduled_tasks} that migration V20 made (db-scheduler never creates tables). Three jobs
 * call use cases; the runner owns the schedule, the node's name and the lock, the use cases own
 * the rules:
 * <ul>
 * <li>{@value #OUTBOX} (recurring, one run per {@link MailThrottle#period()}): hands due outbox
 * mails to the mail server, at most {@link MailThrottle#mailsPerRun()} per run;</li>
 * <li>{@value #CAMPAIGNS} (recurring): starts the campaigns whose time has come;</li>
 * <li>{@value #LETTERS} (one-time, instance = batch id): makes a letter batch's PDF;</li>
 * <li>{@value #DOCUMENT_RETENTION} (recurring, only when a retention is set): purges the files of survey
 * years closed longer ago than the retention ({@link DocumentPurge});</li>
 * <li>{@value #HELD_ROSTER_EXPIRY} (recurring): deletes the roster files staff previewed and never
 * committed, once their time is up, so nobody's data waits in the database for a commit that never comes.</li>
 * </ul>
 * A job runs on one node at a time: on PostgreSQL a node takes due jobs with
 * {@code UPDATE … FOR UPDATE SKIP LOCKED}; on H2 (no SKIP LOCKED) with an update conditional on the
 * row's version. A job whose node died (no heartbeat) is run again by another node.
 */
public final class BackgroundJobs implements ScheduleLetterBatchPort, AutoCloseable {
    public static final String OUTBOX = "mail-outbox";
    public static final String CAMPAIGNS = "campaign-start";
    public static final String LETTERS = "letter-batch";
    // --- objectstore ---
    public static final String DOCUMENT_RETENTION = "document-retention";
    public static final String HELD_ROSTER_EXPIRY = "held-roster-expiry";
    private static final Duration HELD_ROSTER_CHECK = Duration.ofMinutes(5);
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundJobs.class);
    private static final int THREADS = 3;
    /** picked_by is varchar(50); the outbox's claimed_by has room for the run number after it. */
    private static final int NODE_NAME_LENGTH = 50;

    /**
     * The use cases the jobs call.
     *
     * @param documentPurge the retention job; empty when no retention is set (documents are kept for ever)
     */
    public record UseCases(DeliverOutboxMailsUseCase deliverOutboxMails, StartDueCampaignsUseCase startDueCampaigns,
                           GenerateLetterBatchUseCase generateLetterBatch,
                           // --- objectstore ---
                           java.util.Optional<DocumentPurge> documentPurge,
                           java.util.Optional<HoldRosterUseCase> heldRosters) {
        public UseCases {
            Objects.requireNonNull(deliverOutboxMails);
            Objects.requireNonNull(startDueCampaigns);
            Objects.requireNonNull(generateLetterBatch);
            Objects.requireNonNull(documentPurge);
            Objects.requireNonNull(heldRosters);
        }

        /** Without the retention job and the held rosters' expiry. */
        public UseCases(DeliverOutboxMailsUseCase deliverOutboxMails, StartDueCampaignsUseCase startDueCampaigns,
                        GenerateLetterBatchUseCase generateLetterBatch) {
            this(deliverOutboxMails, startDueCampaigns, generateLetterBatch, java.util.Optional.empty(), java.util.Optional.empty());
        }

        // --- objectstore ---
        public UseCases withDocumentPurge(java.util.Optional<DocumentPurge> purge) {
            return new UseCases(deliverOutboxMails, startDueCampaigns, generateLetterBatch, purge, heldRosters);
        }

        public UseCases withHeldRosters(HoldRosterUseCase held) {
            return new UseCases(deliverOutboxMails, startDueCampaigns, generateLetterBatch, documentPurge, java.util.Optional.of(held));
        }
    }

    private final Scheduler scheduler;
    private final OneTimeTask<Void> letters;
    private final JobSettings settings;
    private final AtomicLong outboxRuns = new AtomicLong();
    /** The outbox's side-by-side workers of one run (daemon threads: a stop interrupts them through the run). */
    private final java.util.concurrent.ExecutorService lanePool = java.util.concurrent.Executors.newFixedThreadPool(
            MailThrottle.MAX_LANES, runnable -> {
                Thread t = new Thread(runnable, "kennin-outbox-lane");
                t.setDaemon(true);
                return t;
            });
    private volatile boolean started;
    private volatile boolean stopped;

    private BackgroundJobs(DataSource dataSource, UseCases useCases, JobSettings settings) {
        this.settings = settings;
        String node = settings.node().length() > NODE_NAME_LENGTH ? settings.node().substring(0, NODE_NAME_LENGTH)
                : settings.node();
        MailThrottle throttle = settings.throttle();
        RecurringTask<Void> outbox = Tasks.recurring(OUTBOX, new FixedRate(throttle.period()))
                .execute((instance, context) -> deliver(useCases.deliverOutboxMails(), node, throttle));
        RecurringTask<Void> campaigns = Tasks.recurring(CAMPAIGNS, FixedDelay.of(settings.campaignCheck()))
                .execute((instance, context) -> startCampaigns(useCases.startDueCampaigns()));
        // A batch that fails is tried again a minute later, three times; a dead node's batch is made again
        // (the use case makes a RUNNING batch anew).
        this.letters = Tasks.oneTime(LETTERS)
                .onFailure(FailureHandler.<Void>maxRetries(3).retryEvery(Duration.ofMinutes(1)).thenRemove())
                .execute((instance, context) -> useCases.generateLetterBatch().generateLetterBatch(
                        Long.parseLong(instance.getId())));
        // --- objectstore --- the retention job only where a retention is set
        List<RecurringTask<?>> recurring = new java.util.ArrayList<>(List.of(outbox, campaigns));
        useCases.documentPurge().ifPresent(purge -> recurring.add(Tasks.recurring(DOCUMENT_RETENTION,
                FixedDelay.of(purge.every())).execute((instance, context) -> purgeDocuments(purge))));
        useCases.heldRosters().ifPresent(held -> recurring.add(Tasks.recurring(HELD_ROSTER_EXPIRY, FixedDelay.of(HELD_ROSTER_CHECK))
                .execute((instance, context) -> forgetHeldRosters(held))));
        SchedulerBuilder builder = Scheduler.create(dataSource, List.of(letters))
                .startTasks(recurring)
                .tableName("scheduled_tasks")
                .schedulerName(new SchedulerName.Fixed(node))
                .threads(THREADS)
                .pollingInterval(settings.pollingInterval())
                .heartbeatInterval(settings.heartbeat())
                .missedHeartbeatsLimit(settings.missedHeartbeats())
                .shutdownMaxWait(settings.shutdownMaxWait())
                .enableImmediateExecution();
        switch (Dialect.of(dataSource)) {
            // One statement takes due jobs and marks them picked, skipping rows another node has locked.
            case POSTGRES -> builder.jdbcCustomization(new PostgreSqlJdbcCustomization(false, false))
                    .pollUsingLockAndFetch(0.5, 1.0);
            // H2 says "H2" even in PostgreSQL mode, so autodetection would pick the default anyway: named here so
            // that no future autodetection takes H2 for PostgreSQL (H2 has no SKIP LOCKED). Jobs are fetched, then
            // each is taken with an update conditional on its version.
            case H2 -> builder.jdbcCustomization(new DefaultJdbcCustomization(false)).pollUsingFetch(0.5, 1.0);
        }
        this.scheduler = builder.build();
    }

    /** The runner on {@code dataSource} (PostgreSQL or H2 with the V20 schema), not started yet. */
    public static BackgroundJobs create(DataSource dataSource, UseCases useCases, JobSettings settings) {
        return new BackgroundJobs(dataSource, useCases, settings);
    }

    /** Starts polling (and schedules the recurring jobs when the table has them not yet). */
    public synchronized void start() {
        if (stopped) {
            throw new IllegalStateException("stopped");
        }
        if (!started) {
            scheduler.start();
            started = true;
            LOG.info("background jobs started on node {}: outbox every {} ms with at most {} mails ({} a minute)",
                    settings.node(), settings.throttle().period().toMillis(), settings.throttle().mailsPerRun(),
                    settings.throttle().perMinute());
        }
    }

    /**
     * Schedules the batch's PDF now, on whichever node polls first. Asked twice before it ran, the
     * batch still runs once: the job's key is the batch id. Asked again after it ran, it runs again
     * (the use case leaves a finished batch alone).
     */
    @Override
    public void scheduleLetterBatch(long batchId) {
        if (batchId <= 0) {
            throw new IllegalArgumentException("batch id must be positive");
        }
        scheduler.scheduleIfNotExists(letters.instance(Long.toString(batchId)), Instant.now());
    }

    /**
     * Stops taking jobs and waits for running ones up to {@link JobSettings#shutdownMaxWait()};
     * a job still running then is interrupted, and its rows are taken over by the next node or start.
     */
    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (started) {
            scheduler.stop();
            LOG.info("background jobs stopped on node {}", settings.node());
        }
        lanePool.shutdownNow();
    }

    /**
     * One outbox run. A run that may take many mails is split into {@link MailThrottle#lanes()}
     * workers side by side, each with its own connection to the mail server and its own share of
     * the run's mails: a mail's "sent" is committed before the next mail of its lane goes, and that
     * commit waits for the database's disk, so one lane alone stays near 200 mails a second on
     * PostgreSQL. The workers take disjoint mails (the outbox's claim skips what another holds).
     */
    private void deliver(DeliverOutboxMailsUseCase useCase, String node, MailThrottle throttle) {
        String run = node + "#" + outboxRuns.incrementAndGet();
        int lanes = throttle.lanes();
        List<DeliveryRun> runs;
        if (lanes == 1) {
            runs = List.of(useCase.deliverDueMails(new DeliverDueMailsCommand(run, throttle.mailsPerRun(),
                    settings.maxOutboxRun())));
        } else {
            List<java.util.concurrent.Future<DeliveryRun>> futures = new java.util.ArrayList<>();
            for (int lane = 0; lane < lanes; lane++) {
                int share = throttle.mailsPerRun() / lanes + (lane < throttle.mailsPerRun() % lanes ? 1 : 0);
                DeliverDueMailsCommand command = new DeliverDueMailsCommand(run + "." + (lane + 1), share,
                        settings.maxOutboxRun());
                futures.add(lanePool.submit(() -> useCase.deliverDueMails(command)));
            }
            runs = new java.util.ArrayList<>();
            for (var future : futures) {
                try {
                    runs.add(future.get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    futures.forEach(f -> f.cancel(true));
                    return;
                } catch (java.util.concurrent.ExecutionException e) {
                    LOG.warn("an outbox lane of run {} failed: {}", run, e.getCause().toString());
                }
            }
        }
        for (DeliveryRun r : runs) {
            if (r.taken() + r.recovered() > 0 || r.serverDown()) {
                LOG.info("outbox run {}: sent {}, to retry {}, failed {}, undeliverable {}, recovered {}{}", run, r.sent(),
                        r.retried(), r.failed(), r.undeliverable(), r.recovered(),
                        r.serverDown() ? "; the mail server could not be reached" : "");
            }
        }
    }

    // --- objectstore ---
    /** Rounds of the purge until nothing is due, the store fails, the budget is spent, or the node stops. */
    private void purgeDocuments(DocumentPurge purge) {
        java.time.Instant started = purge.clock().instant();
        int purged = 0;
        int years = 0;
        boolean storeDown = false;
        while (!stopped && !Thread.currentThread().isInterrupted()) {
            var run = purge.useCase().purgeExpiredDocuments(
                    new jp.kenpo.kennin.application.retention.PurgeExpiredDocumentsUseCase.PurgeExpiredDocumentsCommand(
                            purge.clock().instant(), purge.batchSize(), purge.perRound()));
            purged += run.purged();
            years = Math.max(years, run.years());
            storeDown = run.storeDown();
            if (storeDown || run.purged() < purge.perRound()
                    || Duration.between(started, purge.clock().instant()).compareTo(purge.budget()) >= 0) {
                break;
            }
        }
        if (purged > 0 || storeDown) {
            LOG.info("document retention: purged the files of {} document(s) of {} closed survey year(s){}", purged, years,
                    storeDown ? "; the document store failed, the rest waits for the next run" : "");
        }
    }

    private static void forgetHeldRosters(HoldRosterUseCase held) {
        int forgotten = held.forgetExpired();
        if (forgotten > 0) {
            LOG.info("held rosters: deleted {} previewed file(s) nobody committed in time", forgotten);
        }
    }

    private static void startCampaigns(StartDueCampaignsUseCase useCase) {
        for (StartDueCampaignsUseCase.StartedCampaign started : useCase.startDueCampaigns()) {
            LOG.info("campaign {} started: {} mails queued, {} members without a usable address", started.campaign(),
                    started.recipients(), started.withoutUsableAddress());
        }
    }

    /** The two databases the application runs on, told by the driver rather than by the URL. */
    enum Dialect {
        POSTGRES, H2;

        static Dialect of(DataSource dataSource) {
            String product;
            try (Connection c = dataSource.getConnection()) {
                product = c.getMetaData().getDatabaseProductName();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot reach the database for the background jobs", e);
            }
            if ("PostgreSQL".equals(product)) {
                return POSTGRES;
            }
            if ("H2".equals(product)) {
                return H2;
            }
            throw new IllegalArgumentException("background jobs run on PostgreSQL or H2, not " + product);
        }
    }
}
