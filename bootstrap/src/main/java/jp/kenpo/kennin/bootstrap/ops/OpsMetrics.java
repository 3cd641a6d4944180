package jp.kenpo.kennin.bootstrap.ops;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import jp.kenpo.kennin.adapters.crypto.Argon2PasswordHasher;
import jp.kenpo.kennin.application.mail.SendMailPort;
import jp.kenpo.kennin.application.mailing.MailDeliveryPort;
import jp.kenpo.kennin.application.mailing.OutgoingMail;
import jp.kenpo.kennin.application.survey.UploadSurveyDocumentUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Prometheus registry and what feeds it. The application and domain know nothing of it: it
 * wraps their ports and use cases here (decorators), reads the adapters' own gauges (the hashing
 * pool, Hikari) and times every HTTP request by the route it matched — the template such as
 * {@code /survey/dependents/{id}}, never the path with its ids.
 */
public final class OpsMetrics {
    private static final Logger LOG = LoggerFactory.getLogger(OpsMetrics.class);
    /** Requests that matched no route (404s, static files): one series, never one per typed URL. */
    static final String UNMATCHED = "unmatched";
    /** How long an outbox count is reused: a scrape every few seconds must not count a large outbox each time. */
    private static final Duration OUTBOX_COUNT_TTL = Duration.ofSeconds(10);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    public OpsMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        // At zero from the start, so a dashboard shows 0 rather than no data before the first mail or upload.
        for (String kind : new String[] {"campaign", "immediate"}) {
            mails(kind, "sent");
            mails(kind, "failed");
        }
        mails("campaign", "undeliverable");
        for (String outcome : new String[] {"accepted", "refused", "unavailable"}) {
            uploads(outcome);
        }
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** The text Prometheus scrapes. */
    public String scrape() {
        return registry.scrape();
    }

    /** Times every request of the site (members' pages and the back office under /admin) by method, route and status. */
    public void timeRequests(JavalinConfig config) {
        config.requestLogger.http((ctx, millis) -> Timer.builder("kennin.http.requests")
                .description("HTTP requests by matched route template")
                .tags("method", ctx.method().name(), "route", routeOf(ctx), "status", String.valueOf(ctx.statusCode()))
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry)
                .record((long) (millis * 1_000_000L), TimeUnit.NANOSECONDS));
    }

    static String routeOf(Context ctx) {
        try {
            Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
            return endpoint == null ? UNMATCHED : endpoint.path;
        } catch (RuntimeException e) {
            return UNMATCHED;
        }
    }

    /** Queue length, running hashes and capacity of the bounded password-hashing pool. */
    public void watchHashing(Argon2PasswordHasher hasher) {
        Gauge.builder("kennin.password.hashing.queued", hasher, Argon2PasswordHasher::queuedHashes)
                .description("password hashes waiting for a thread; at capacity logins get 503").register(registry);
        Gauge.builder("kennin.password.hashing.active", hasher, Argon2PasswordHasher::activeHashes)
                .description("password hashes running now").register(registry);
        Gauge.builder("kennin.password.hashing.queue.capacity", hasher, Argon2PasswordHasher::queueCapacity)
                .register(registry);
    }

    /** Hikari's own pool metrics (hikaricp_connections_*), when the pool is Hikari's. */
    public void watchConnectionPool(DataSource dataSource) {
        if (dataSource instanceof HikariDataSource hikari) {
            hikari.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
        }
    }

    /** Mails queued or being handed over in the outbox, counted at most every 10 s. */
    public void watchOutbox(LongSupplier depth) {
        CachedCount cached = new CachedCount(depth, OUTBOX_COUNT_TTL);
        Gauge.builder("kennin.outbox.depth", cached, CachedCount::value)
                .description("campaign mails QUEUED or SENDING in mail_outbox")
                .strongReference(true) // nothing else holds the cache: a weak gauge reads NaN after the next GC
                .register(registry);
    }

    /** Campaign mails as the outbox worker's delivery answered them: sent, retry later, undeliverable. */
    public MailDeliveryPort countingDelivery(MailDeliveryPort delivery) {
        return () -> {
            MailDeliveryPort.DeliverySession session = delivery.open();
            return new MailDeliveryPort.DeliverySession() {
                @Override
                public MailDeliveryPort.DeliveryResult deliver(OutgoingMail mail) {
                    MailDeliveryPort.DeliveryResult result = session.deliver(mail);
                    String outcome = result instanceof MailDeliveryPort.DeliveryResult.Delivered ? "sent"
                            : result instanceof MailDeliveryPort.DeliveryResult.Undeliverable ? "undeliverable" : "failed";
                    mails("campaign", outcome).increment();
                    return result;
                }

                @Override
                public void close() {
                    session.close();
                }
            };
        };
    }

    /** Code and notice mails sent at once (sign-up codes, password reset, ...): sent or failed. */
    public SendMailPort countingMail(SendMailPort mail) {
        return message -> {
            try {
                mail.send(message);
            } catch (RuntimeException e) {
                mails("immediate", "failed").increment();
                throw e;
            }
            mails("immediate", "sent").increment();
        };
    }

    private Counter mails(String kind, String outcome) {
        return Counter.builder("kennin.mails").description("mails handed to the mail server, by kind and outcome")
                .tags("kind", kind, "outcome", outcome).register(registry);
    }

    /** Members' (and the help desk's) proof document uploads: accepted, or refused with the reason's code. */
    public UploadSurveyDocumentUseCase countingUploads(UploadSurveyDocumentUseCase uploads) {
        return command -> {
            UploadSurveyDocumentUseCase.UploadSurveyDocumentResult result = uploads.uploadSurveyDocument(command);
            String outcome = result instanceof UploadSurveyDocumentUseCase.UploadSurveyDocumentResult.Uploaded ? "accepted"
                    : result instanceof UploadSurveyDocumentUseCase.UploadSurveyDocumentResult.Rejected ? "refused" : "unavailable";
            uploads(outcome).increment();
            return result;
        };
    }

    /** accepted; refused (the file: type, size, content); unavailable (no such dependent, or already submitted). */
    private Counter uploads(String outcome) {
        return Counter.builder("kennin.uploads").description("proof document uploads by outcome").tags("outcome", outcome)
                .register(registry);
    }

    /** A count reused for a while; a failing count reads as NaN (no value) instead of breaking the scrape. */
    private static final class CachedCount {
        private final LongSupplier source;
        private final long ttlNanos;
        private long readAt;
        private double value = Double.NaN;
        private boolean read;

        CachedCount(LongSupplier source, Duration ttl) {
            this.source = source;
            this.ttlNanos = ttl.toNanos();
        }

        synchronized double value() {
            long now = System.nanoTime();
            if (!read || now - readAt > ttlNanos) {
                read = true;
                readAt = now;
                try {
                    value = source.getAsLong();
                } catch (RuntimeException e) {
                    LOG.warn("outbox depth not counted: {}", e.getClass().getSimpleName());
                    value = Double.NaN;
                }
            }
            return value;
        }
    }
}
