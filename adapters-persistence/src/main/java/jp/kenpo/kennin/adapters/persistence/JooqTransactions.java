package jp.kenpo.kennin.adapters.persistence;

import java.util.function.Supplier;
import jp.kenpo.kennin.application.transaction.Transactions;
import org.jooq.DSLContext;

/** jOOQ's transaction API; a call inside another becomes a savepoint of the outer transaction. */
final class JooqTransactions implements Transactions {
    private final DSLContext dsl;

    JooqTransactions(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return dsl.transactionResult(() -> work.get());
    }
}
