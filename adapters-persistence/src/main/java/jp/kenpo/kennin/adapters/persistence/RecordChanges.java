package jp.kenpo.kennin.adapters.persistence;

import java.util.Objects;
import org.jooq.Field;
import org.jooq.Record;

/**
 * Imports write only what differs from the stored row, so re-importing the same file changes
 * nothing and the counts tell the operator what the file actually changed.
 */
public final class RecordChanges {
    private RecordChanges() {
    }

    /** Sets {@code field} unless it already holds {@code value}; returns whether it changed. */
    public static <T> boolean setIfDifferent(Record record, Field<T> field, T value) {
        if (Objects.equals(record.get(field), value)) {
            return false;
        }
        record.set(field, value);
        return true;
    }
}
