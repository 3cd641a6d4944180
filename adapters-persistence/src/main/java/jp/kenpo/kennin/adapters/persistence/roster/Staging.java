package jp.kenpo.kennin.adapters.persistence.roster;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import jp.kenpo.kennin.application.roster.RosterStage.Lines;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * What both roster stages share: one connection for the stage's life (the import's transaction
 * connection, so the staged rows, the checks and the merge see each other), a staging table of
 * this session (PostgreSQL: a temporary copy of V21's layout; H2: V21's table under this
 * import's id), the writer the rows stream into, and the set-based statements that read it.
 * Plain SQL, because MERGE with conditions and COPY are beyond what jOOQ's generated tables say.
 */
final class Staging implements AutoCloseable {
    private final ConnectionProvider connections;
    private final Connection connection;
    final DSLContext sql;
    final boolean postgres;
    final String table;
    final long importId;
    final String insurer;
    private final String columns;
    private final int columnCount;
    private StageWriter writer;
    private int staged;
    private boolean finished;

    Staging(DSLContext dsl, InsurerCode insurer, String table, String columns) {
        this.connections = dsl.configuration().connectionProvider();
        this.connection = connections.acquire();
        this.postgres = dsl.dialect().family() == SQLDialect.POSTGRES;
        this.sql = DSL.using(connection, dsl.dialect());
        this.table = table;
        this.insurer = insurer.value();
        this.columns = "import_id, line, " + columns;
        this.columnCount = this.columns.split(",").length;
        try {
            if (postgres) {
                // Only this import's sorts and hashes of the whole file: kept in memory rather than spilled.
                sql.execute("set local work_mem = '64MB'");
                sql.execute("create temporary table if not exists " + table + " (like " + table + ")");
            }
            this.importId = ((Number) sql.fetchValue("select nextval('roster_import_seq')")).longValue();
        } catch (RuntimeException e) {
            connections.release(connection);
            throw e;
        }
    }

    /** Stages one row: {@code values} in the order of the columns given at construction. */
    void add(int line, Object... values) {
        if (finished) {
            throw new IllegalStateException("rows added after the stage was read");
        }
        if (writer == null) {
            writer = StageWriter.open(connection, postgres, table, columns, columnCount);
        }
        Object[] row = new Object[values.length + 2];
        row[0] = importId;
        row[1] = line;
        System.arraycopy(values, 0, row, 2, values.length);
        writer.write(row);
        staged++;
    }

    /** How many rows were staged. */
    int staged() {
        return staged;
    }

    /** Ends the writing, once, before the first statement that reads the stage. */
    void finishWriting() {
        if (finished) {
            return;
        }
        finished = true;
        if (writer != null) {
            writer = finishing(writer);
        }
        if (postgres) {
            // A temporary table has no statistics until told: without them the joins below are planned blind.
            sql.execute("analyze " + table);
        }
    }

    private static StageWriter finishing(StageWriter writer) {
        writer.finish();
        return null;
    }

    /**
     * The first {@code limit} lines a query finds and how many it finds in all; {@code query}
     * selects a column {@code line} and takes its binds in order.
     */
    Lines lines(String query, int limit, Object... binds) {
        finishWriting();
        Object[] all = new Object[binds.length + 1];
        System.arraycopy(binds, 0, all, 0, binds.length);
        all[binds.length] = limit;
        List<Integer> first = new ArrayList<>();
        int total = 0;
        for (Record r : sql.fetch("select line, count(*) over () as total from (" + query + ") found order by line limit ?", all)) {
            first.add(r.get(0, Integer.class));
            total = r.get(1, Integer.class);
        }
        if (first.isEmpty() || first.size() < limit) {
            return new Lines(first, first.size());
        }
        return new Lines(first, total);
    }

    /** Whether any key (a list of columns) is staged twice: a cheap check before naming the lines. */
    boolean anyRepeated(String keyColumns) {
        finishWriting();
        return sql.fetchOptional("select 1 from " + table + " where import_id = ? group by " + keyColumns
                + " having count(*) > 1 limit 1", importId).isPresent();
    }

    /** The later lines of every key staged more than once. */
    Lines repeated(String keyColumns, int limit) {
        if (!anyRepeated(keyColumns)) {
            return Lines.none();
        }
        return lines("select line from (select line, row_number() over (partition by " + keyColumns + " order by line) as n from "
                + table + " where import_id = ?) numbered where n > 1", limit, importId);
    }

    /** A count a query selects. */
    int count(String query, Object... binds) {
        return ((Number) sql.fetchValue(query, binds)).intValue();
    }

    /** Locks the insurer's row for the transaction: a second import of the same insurer waits for this one. */
    void lockInsurer() {
        sql.fetch("select code from insurer where code = ? for update", insurer);
    }

    @Override
    public void close() {
        try {
            if (writer != null) {
                writer.abort();
                writer = null;
            }
            if (postgres) {
                sql.execute("truncate " + table);
            } else {
                sql.execute("delete from " + table + " where import_id = ?", importId);
            }
        } finally {
            connections.release(connection);
        }
    }
}
