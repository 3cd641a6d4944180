package jp.kenpo.kennin.adapters.persistence.cache;

import java.util.concurrent.atomic.LongAdder;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Counts the statements jOOQ sends to the database (a batch counts once), so a test can hold a page
 * to the number of round trips it costs. A single adder: the cost per statement is one increment.
 */
public final class StatementCounter implements ExecuteListener {
    private final LongAdder executed = new LongAdder();

    @Override
    public void executeStart(ExecuteContext ctx) {
        executed.increment();
    }

    /** Statements executed since the database was opened, by every thread. */
    public long executed() {
        return executed.sum();
    }
}
