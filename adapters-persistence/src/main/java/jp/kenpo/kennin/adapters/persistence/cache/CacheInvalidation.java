package jp.kenpo.kennin.adapters.persistence.cache;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteType;
import org.jooq.TransactionContext;
import org.jooq.TransactionListener;

/**
 * Tells the read caches of this process when what they hold may have changed: every statement jOOQ
 * runs that is not a plain read and names one of the cached tables moves a generation on, and so
 * does the end of a transaction that ran one. Watching the statements rather than the repositories
 * catches every writer in this process, the back office's included, whichever port it went through.
 * Other processes (a second node, the CLI) are not seen: for them the caches' time to live applies.
 *
 * <p>An entry remembers the generation its load started in and counts only while that is still the
 * generation, so a load that raced a write is never served; and a thread inside a transaction that
 * wrote a cached table neither stores nor is served entries (it must see its own uncommitted rows).
 */
public final class CacheInvalidation implements ExecuteListener, TransactionListener {
    private final Set<String> tables;
    private final AtomicLong generation = new AtomicLong();
    private final ThreadLocal<int[]> transactionState = ThreadLocal.withInitial(() -> new int[2]); // depth, wrote

    /** @param tables the lower-case names of the tables the caches read */
    public CacheInvalidation(Set<String> tables) {
        this.tables = Set.copyOf(tables);
    }

    private static final String KEY = CacheInvalidation.class.getName();

    /** Registers this with a configuration, where {@link RenderedQuery} asks it about its writes. */
    public void attachTo(org.jooq.Configuration configuration) {
        configuration.data(KEY, this);
    }

    /**
     * A write that bypasses jOOQ's execution is not seen here: one that names a cached table is refused when
     * it is built, so the caches can never miss it.
     */
    static void refuseWriteBypassingCaches(org.jooq.Configuration configuration, String sql) {
        if (configuration.data(KEY) instanceof CacheInvalidation invalidation && invalidation.namesCachedTable(sql)) {
            throw new IllegalArgumentException("a write to a cached table must run through jOOQ: " + sql);
        }
    }

    public long generation() {
        return generation.get();
    }

    /** Whether this thread may use the caches: not while its own transaction changed what they hold. */
    public boolean usableOnThisThread() {
        return transactionState.get()[1] == 0;
    }

    @Override
    public void executeStart(ExecuteContext ctx) {
        if (writesCachedTable(ctx)) {
            generation.incrementAndGet();
            int[] state = transactionState.get();
            if (state[0] > 0) {
                state[1] = 1;
            }
        }
    }

    @Override
    public void executeEnd(ExecuteContext ctx) {
        if (writesCachedTable(ctx)) {
            generation.incrementAndGet();
        }
    }

    @Override
    public void beginStart(TransactionContext ctx) {
        transactionState.get()[0]++;
    }

    @Override
    public void commitEnd(TransactionContext ctx) {
        endOfTransaction();
    }

    @Override
    public void rollbackEnd(TransactionContext ctx) {
        endOfTransaction();
    }

    private void endOfTransaction() {
        int[] state = transactionState.get();
        state[0] = Math.max(0, state[0] - 1);
        if (state[1] == 1) {
            generation.incrementAndGet();
        }
        if (state[0] == 0) {
            state[1] = 0;
        }
    }

    private boolean writesCachedTable(ExecuteContext ctx) {
        if (ctx.type() == ExecuteType.BATCH) {
            String[] batch = ctx.batchSQL();
            if (batch == null || batch.length == 0) {
                return true; // unknown: assume the worst
            }
            for (String sql : batch) {
                if (namesCachedTable(sql)) {
                    return true;
                }
            }
            return false;
        }
        String sql = ctx.sql();
        if (sql == null) {
            return ctx.type() != ExecuteType.READ;
        }
        // Not by the execute type alone: H2 runs INSERT ... RETURNING as "select ... from final table (insert ...)".
        // The caches' own reads must never count, or nothing they load would ever be kept.
        if (ctx.type() == ExecuteType.READ && !mayWrite(sql.toLowerCase(Locale.ROOT))) {
            return false;
        }
        return namesCachedTable(sql);
    }

    private static boolean mayWrite(String lowerSql) {
        return lowerSql.contains("insert into") || lowerSql.contains("update ") || lowerSql.contains("delete from")
                || lowerSql.contains("merge into") || lowerSql.contains("final table");
    }

    /** Conservative: a write naming a cached table anywhere (even in a sub-query) counts as changing it. */
    private boolean namesCachedTable(String sql) {
        if (sql == null) {
            return true; // unknown: assume the worst
        }
        String lower = sql.toLowerCase(Locale.ROOT);
        for (String table : tables) {
            if (lower.contains("\"" + table + "\"") || lower.contains(" " + table + " ") || lower.contains("." + table + " ")
                    || lower.contains(" " + table + "(") || lower.endsWith(" " + table)) {
                return true;
            }
        }
        return false;
    }
}
