package jp.kenpo.kennin.application.fakes;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import jp.kenpo.kennin.application.transaction.Transactions;

/** Runs the work directly (the fakes have nothing to roll back) and counts the transactions. */
public final class InlineTransactions implements Transactions {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        count.incrementAndGet();
        return work.get();
    }

    public int count() {
        return count.get();
    }
}
