package jp.kenpo.kennin.adapters.jobs;

import java.time.Duration;

/**
 * The campaign mail rate as a setting (mails per minute) turned into what the outbox task does:
 * one run every {@link #period()} taking at most {@link #mailsPerRun()} mails. The period is five
 * seconds, longer only when the rate is so low that one mail per five seconds would exceed it, and
 * mails per run are rounded down: the server is never sent more than the setting allows.
 */
public record MailThrottle(int perMinute) {
    public static final int MIN_PER_MINUTE = 1;
    public static final int MAX_PER_MINUTE = 60_000;
    public static final int DEFAULT_PER_MINUTE = 600;
    private static final long SHORTEST_PERIOD_MILLIS = 5_000;
    private static final long MINUTE_MILLIS = 60_000;

    public MailThrottle {
        if (perMinute < MIN_PER_MINUTE || perMinute > MAX_PER_MINUTE) {
            throw new IllegalArgumentException("mails per minute must be " + MIN_PER_MINUTE + ".." + MAX_PER_MINUTE);
        }
    }

    /** How long from the start of one outbox run to the start of the next. */
    public Duration period() {
        long oneMail = (MINUTE_MILLIS + perMinute - 1) / perMinute;
        return Duration.ofMillis(Math.max(SHORTEST_PERIOD_MILLIS, oneMail));
    }

    /** At most this many outbox workers side by side in one run. */
    public static final int MAX_LANES = 4;
    /** A lane is worth its own connection from this many mails a run on. */
    private static final int MAILS_PER_LANE = 100;

    /**
     * How many workers one run uses side by side: one up to {@value #MAILS_PER_LANE} mails a run (the
     * default rate of 600 a minute is 50), then one more per {@value #MAILS_PER_LANE}, at most
     * {@value #MAX_LANES}. Their shares add up to {@link #mailsPerRun()}, so the rate is the same.
     */
    public int lanes() {
        return Math.max(1, Math.min(MAX_LANES, mailsPerRun() / MAILS_PER_LANE));
    }

    /** The most mails one run may take: the rate over one period, at least one. */
    public int mailsPerRun() {
        return (int) Math.max(1, perMinute * period().toMillis() / MINUTE_MILLIS);
    }
}
