package jp.kenpo.kennin.application.roster;

import java.util.List;
import java.util.function.Consumer;

/**
 * The rows of one roster file, handed over one at a time in file order as they are read, so a
 * file of any size passes through without being held in memory. A file that turns out to be
 * unreadable part-way (a byte that does not decode, broken quoting) throws an unchecked exception
 * from {@link #forEachRow}; the import's transaction then stores nothing.
 *
 * @param <R> {@link RosterRow} or {@link DependentRosterRow}
 */
@FunctionalInterface
public interface RosterRows<R> {
    void forEachRow(Consumer<? super R> row);

    /** Rows already in memory (tests, the demo, small uploads). */
    static <R> RosterRows<R> of(List<R> rows) {
        List<R> copy = List.copyOf(rows);
        return copy::forEach;
    }
}
