package jp.kenpo.kennin.adapters.jobs;

import java.time.Duration;
import java.util.Objects;

/**
 * How the background job runner behaves on this node.
 *
 * @param node             this node's name: db-scheduler's picked_by and the outbox rows' worker
 * @param throttle         the campaign mail rate
 * @param campaignCheck    how often due campaigns are looked for
 * @param pollingInterval  how often the node looks for due jobs (a recurring job is late by at most this)
 * @param heartbeat        how often a running job says it is alive; a job silent for
 *                         {@code heartbeat * missedHeartbeats} is taken to be a dead node's and runs again
 * @param maxOutboxRun     an outbox run stops taking new mails after this long
 * @param shutdownMaxWait  on stop, how long running jobs are waited for before they are interrupted (and
 *                         once more after)
 */
public record JobSettings(String node, MailThrottle throttle, Duration campaignCheck, Duration pollingInterval,
                          Duration heartbeat, int missedHeartbeats, Duration maxOutboxRun, Duration shutdownMaxWait) {
    public JobSettings {
        Objects.requireNonNull(node);
        Objects.requireNonNull(throttle);
        if (node.isBlank()) {
            throw new IllegalArgumentException("node name is blank");
        }
        if (missedHeartbeats < 4) {
            throw new IllegalArgumentException("db-scheduler takes a job for dead after at least four missed heartbeats");
        }
    }

    /**
     * Production values: due jobs looked for every second (the outbox runs every few seconds), a
     * dead node's job taken over after 20 s of silence, at most 10 s per outbox run; when the
     * server stops, running jobs are waited for 10 s, then interrupted and waited for 10 s more
     * (db-scheduler's two steps), so a stop takes at most about 25 s.
     */
    public static JobSettings standard(String node, MailThrottle throttle) {
        return new JobSettings(node, throttle, Duration.ofSeconds(15), Duration.ofSeconds(1), Duration.ofSeconds(5), 4,
                Duration.ofSeconds(10), Duration.ofSeconds(10));
    }

    public JobSettings withCampaignCheck(Duration every) {
        return new JobSettings(node, throttle, every, pollingInterval, heartbeat, missedHeartbeats, maxOutboxRun,
                shutdownMaxWait);
    }

    public JobSettings withPolling(Duration every) {
        return new JobSettings(node, throttle, campaignCheck, every, heartbeat, missedHeartbeats, maxOutboxRun,
                shutdownMaxWait);
    }

    public JobSettings withHeartbeat(Duration every, int missed) {
        return new JobSettings(node, throttle, campaignCheck, pollingInterval, every, missed, maxOutboxRun, shutdownMaxWait);
    }

    public JobSettings withNode(String name) {
        return new JobSettings(name, throttle, campaignCheck, pollingInterval, heartbeat, missedHeartbeats, maxOutboxRun,
                shutdownMaxWait);
    }

    public JobSettings withShutdownMaxWait(Duration wait) {
        return new JobSettings(node, throttle, campaignCheck, pollingInterval, heartbeat, missedHeartbeats, maxOutboxRun, wait);
    }
}
