package jp.kenpo.kennin.adapters.jobs;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Runs start {@code period} apart, counted from the start of the previous run (db-scheduler's
 * fixed delay counts from its end, which would make the mail rate depend on how long sending
 * took). A run that took longer than the period is followed at once, never by a burst of
 * catch-up runs, so a throttle of n mails per run stays at most n per period.
 */
final class FixedRate implements Schedule {
    private final Duration period;

    FixedRate(Duration period) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("period must be positive");
        }
        this.period = period;
    }

    @Override
    public Instant getNextExecutionTime(ExecutionComplete done) {
        Instant started = done.getTimeDone().minus(done.getDuration());
        Instant next = started.plus(period);
        return next.isAfter(done.getTimeDone()) ? next : done.getTimeDone();
    }

    @Override
    public Instant getInitialExecutionTime(Instant now) {
        return now;
    }

    @Override
    public boolean isDeterministic() {
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FixedRate other && other.period.equals(period);
    }

    @Override
    public int hashCode() {
        return Objects.hash(period);
    }

    @Override
    public String toString() {
        return "FixedRate period=" + period;
    }
}
