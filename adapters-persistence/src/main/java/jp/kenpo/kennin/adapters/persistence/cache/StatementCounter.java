package jp.kenpo.kennin.adapters.persistence.cache;

import java.util.concurrent.atomic.LongAdder;
import org.jooq.Configuration;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Counts the statements jOOQ sends to the database (a batch counts once), so a test can hold a page
 * to the number of round trips it costs. A single adder: the cost per statement is one increment.
 */
public final class StatementCounter implements ExecuteListener {
    private static final String KEY = StatementCounter.class.getName();
    private static final StatementCounter NONE = new StatementCounter();
    private final LongAdder executed = new LongAdder();

    /** Registers this counter with a configuration, where {@link RenderedQuery} finds it. */
    public void attachTo(Configuration configuration) {
        configuration.data(KEY, this);
    }

    static StatementCounter of(Configuration configuration) {
        return configuration.data(KEY) instanceof StatementCounter counter ? counter : NONE;
    }

    @Override
    public void executeStart(ExecuteContext ctx) {
        executed.increment();
    }

    /** A statement sent past jOOQ's execution (a {@link RenderedQuery}). */
    void counted() {
        executed.increment();
    }

    /** Statements executed since the database was opened, by every thread. */
    public long executed() {
        return executed.sum();
    }
}
