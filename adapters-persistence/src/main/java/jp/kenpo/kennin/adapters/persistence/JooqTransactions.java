package jp.kenpo.kennin.adapters.persistence;

import java.util.function.Supplier;
import jp.kenpo.kennin.application.transaction.Transactions;
import org.jooq.DSLContext;

/**
 * jOOQ's transaction API; a call inside another becomes a savepoint of the outer transaction.
 *
 * <p>On H2's file database a commit reaches the operating system (WRITE_DELAY=0) but H2 never
 * asks it to flush to the disk: a power cut could still take what a member was told is stored.
 * So on H2 every outermost transaction ends with {@code CHECKPOINT SYNC} (an fsync of the
 * database file) before the caller answers anyone, which PostgreSQL does by itself.
 */
final class JooqTransactions implements Transactions {
    private final DSLContext dsl;
    private final boolean syncAfterCommit;
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

    JooqTransactions(DSLContext dsl, boolean syncAfterCommit) {
        this.dsl = dsl;
        this.syncAfterCommit = syncAfterCommit;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        int[] level = depth.get();
        level[0]++;
        T result;
        try {
            result = dsl.transactionResult(() -> work.get());
        } finally {
            level[0]--;
        }
        if (syncAfterCommit && level[0] == 0) {
            dsl.execute("checkpoint sync");
        }
        return result;
    }
}
