package jp.kenpo.kennin.adapters.persistence.operations;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.MAIL_OUTBOX;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jooq.DSLContext;

/** What operations ask of the database: whether it answers (readiness) and how many mails wait (a metric). */
public final class OperationsProbe {
    private final DataSource dataSource;
    private final DSLContext dsl;

    public OperationsProbe(DataSource dataSource, DSLContext dsl) {
        this.dataSource = dataSource;
        this.dsl = dsl;
    }

    /** Runs a trivial query; throws when the database does not answer within {@code timeoutSeconds}. */
    public void ping(int timeoutSeconds) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(timeoutSeconds);
            statement.execute("select 1");
        }
    }

    /** Mails queued or being handed over (the outbox's state index answers it). */
    public long outboxDepth() {
        return dsl.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.STATE.in("QUEUED", "SENDING"));
    }
}
