package jp.kenpo.kennin.adapters.persistence.cache;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.ResultQuery;

/**
 * A statement that runs on every page view, rendered to SQL by jOOQ once (when its repository is
 * built) instead of on every execution, as jOOQ's manual advises for hot statements: rendering was a
 * quarter of the main screen's CPU. Runs on the connection jOOQ would use (the thread's transaction's,
 * when there is one), maps rows with the same typed fields jOOQ would, and is counted by the
 * {@link StatementCounter} like every other statement.
 *
 * <p>The values are given in the order of the query's bind values (constants belong in the query as
 * {@code DSL.inline}); a wrong count is refused, and each repository's contract tests on H2 and
 * PostgreSQL hold the order.
 */
public final class RenderedQuery {
    private final DSLContext dsl;
    private final String sql;
    private final Field<?>[] fields;
    private final int binds;

    private RenderedQuery(DSLContext dsl, Query query, Field<?>[] fields) {
        this.dsl = dsl;
        this.sql = dsl.render(query);
        this.fields = fields;
        this.binds = dsl.extractBindValues(query).size();
    }

    /** A read: its placeholders' values are given at {@link #fetch}. */
    public static RenderedQuery of(DSLContext dsl, ResultQuery<?> query) {
        return new RenderedQuery(dsl, query, query.fields());
    }

    /**
     * A read with an {@code IN} list, rendered once per length of the list: a member's few dependents
     * give a handful of shapes. A list longer than {@value #LONGEST_KEPT} is rendered for its use only.
     */
    public static java.util.function.IntFunction<RenderedQuery> perListLength(DSLContext dsl,
                                                                              java.util.function.IntFunction<ResultQuery<?>> query) {
        var rendered = new java.util.concurrent.ConcurrentHashMap<Integer, RenderedQuery>();
        return length -> length <= LONGEST_KEPT ? rendered.computeIfAbsent(length, n -> of(dsl, query.apply(n)))
                : of(dsl, query.apply(length));
    }

    static final int LONGEST_KEPT = 16;

    /** A write (an insert of one row, say), run with {@link #execute}. */
    public static RenderedQuery ofWrite(DSLContext dsl, Query query) {
        RenderedQuery write = new RenderedQuery(dsl, query, new Field<?>[0]);
        CacheInvalidation.refuseWriteBypassingCaches(dsl.configuration(), write.sql);
        return write;
    }

    /** Leading values, then a list's (an {@code IN} list at the end of a query). */
    public static Object[] values(Object first, Object second, java.util.List<?> list) {
        Object[] values = new Object[2 + list.size()];
        values[0] = first;
        values[1] = second;
        for (int i = 0; i < list.size(); i++) {
            values[2 + i] = list.get(i);
        }
        return values;
    }

    public Result<Record> fetch(Object... values) {
        checkCount(values);
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = prepare(connection, values); ResultSet rows = statement.executeQuery()) {
                return dsl.fetch(rows, fields);
            }
        });
    }

    /**
     * The rows of a {@code selectFrom(table)} as the table's records, read column by column with JDBC's
     * typed {@code getObject} (jOOQ's own cursor and its {@code into(table)}, which matches every field by
     * name, cost more than the statement on the main screen).
     */
    @SuppressWarnings("unchecked")
    public <R extends Record> java.util.List<R> fetchInto(org.jooq.Table<R> table, Object... values) {
        checkCount(values);
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = prepare(connection, values); ResultSet rows = statement.executeQuery()) {
                java.util.List<R> records = new java.util.ArrayList<>();
                // The record's own field instances: set() finds them by identity, the query's copies only by name.
                Field<?>[] own = table.fields();
                if (own.length != fields.length) {
                    throw new IllegalStateException("not a selectFrom(" + table.getName() + "): " + sql);
                }
                while (rows.next()) {
                    R record = dsl.newRecord(table);
                    for (int i = 0; i < own.length; i++) {
                        record.set((Field<Object>) own[i], column(rows, i + 1, own[i].getType()));
                    }
                    record.changed(false);
                    records.add(record);
                }
                return records;
            }
        });
    }

    /** jOOQ's INSTANT is a timestamp with time zone in both databases; every other type JDBC reads itself. */
    private static Object column(ResultSet rows, int column, Class<?> type) throws java.sql.SQLException {
        if (type == java.time.Instant.class) {
            java.time.OffsetDateTime at = rows.getObject(column, java.time.OffsetDateTime.class);
            return at == null ? null : at.toInstant();
        }
        return rows.getObject(column, type);
    }

    public <R extends Record> Optional<R> fetchOptionalInto(org.jooq.Table<R> table, Object... values) {
        java.util.List<R> rows = fetchInto(table, values);
        if (rows.size() > 1) {
            throw new IllegalStateException("more than one row for " + sql);
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public Optional<Record> fetchOptional(Object... values) {
        Result<Record> rows = fetch(values);
        if (rows.size() > 1) {
            throw new IllegalStateException("more than one row for " + sql);
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public int execute(Object... values) {
        checkCount(values);
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = prepare(connection, values)) {
                return statement.executeUpdate();
            }
        });
    }

    private void checkCount(Object[] values) {
        if (values.length != binds) {
            throw new IllegalArgumentException(binds + " values expected, " + values.length + " given");
        }
    }

    private PreparedStatement prepare(java.sql.Connection connection, Object[] values) throws java.sql.SQLException {
        StatementCounter.of(dsl.configuration()).counted();
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < values.length; i++) {
                // jOOQ's INSTANT is bound as a timestamp with time zone: the same value as jOOQ would send.
                statement.setObject(i + 1, values[i] instanceof java.time.Instant instant
                        ? java.time.OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.UTC) : values[i]);
            }
            return statement;
        } catch (java.sql.SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    @Override
    public String toString() {
        return sql;
    }
}
