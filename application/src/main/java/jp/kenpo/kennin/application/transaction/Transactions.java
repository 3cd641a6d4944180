package jp.kenpo.kennin.application.transaction;

import java.util.function.Supplier;

/** Runs work in one database transaction: all of it is stored, or none. */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
