package jp.kenpo.kennin.application.roster;

import java.util.List;
import jp.kenpo.kennin.application.roster.StoreRosterPort.RosterCounts;

/**
 * A roster on its way into the store: the use case adds every valid row as it reads the file,
 * asks for the checks that need the whole file (a key repeated), then either merges the rows
 * into the store in one go or only counts what a merge would change. Opened inside the import's
 * transaction; closing it forgets whatever was staged. Nothing of the file is kept in memory.
 *
 * @param <E> {@link RosterEntry} or {@link DependentRosterEntry}
 */
public interface RosterStage<E> extends AutoCloseable {
    /** Stages a valid row; {@code line} is where it starts in the file. */
    void add(int line, E entry);

    /** The lines whose key (記号・番号, or with 被扶養者番号 for dependents) an earlier staged line already has. */
    Lines repeatedKeys(int limit);

    /**
     * Inserts what is new and updates what differs, as the store's rules say, in one set-based pass;
     * rows equal to what is stored change nothing. Locks the insurer first, so a second import of
     * the same insurer waits and then compares with what this one stored.
     */
    RosterCounts merge();

    /** What {@link #merge} would count now, with nothing written (the staff's preview). */
    RosterCounts countChanges();

    @Override
    void close();

    /**
     * Lines the store found wrong, for the problem list: the first {@code limit} of them in file
     * order and how many there are in all.
     */
    record Lines(List<Integer> first, int total) {
        public Lines {
            first = List.copyOf(first);
        }

        public static Lines none() {
            return new Lines(List.of(), 0);
        }
    }
}
