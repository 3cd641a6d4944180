package jp.kenpo.kennin.bootstrap;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Something the application needs (its database, its document storage) cannot be reached at
 * start, or the database went away while a command ran. Carries a key of the {@code i18n/cli} bundle and the cause's own words, so the
 * operator reads one line in both languages instead of a stack trace, and the process ends with
 * its own exit code (a supervisor can tell "try again later" from "fix the settings").
 */
public final class StartException extends RuntimeException {
    private final String key;
    private final List<Object> args;

    StartException(String key, Throwable cause, Object... args) {
        super(key, cause);
        this.key = key;
        this.args = List.of(args);
    }

    /** The database cannot be opened: the driver's own reason (it names host and port, never the password). */
    static StartException database(RuntimeException e) {
        return new StartException("start.error.database", e, reason(e, SQLException.class));
    }

    /** The document storage cannot be read (the start-up cleanup lists it first). */
    static StartException documents(RuntimeException e) {
        return new StartException("start.error.documents", e, reason(e, IOException.class));
    }

    /**
     * The connection to the database was lost while a command ran (the server restarted, the
     * network broke): SQLSTATE class 08 (connection exception) or 57P (operator intervention).
     * Empty for any other failure, which is not ours to explain away.
     */
    static Optional<StartException> connectionLost(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return Optional.of(new StartException("run.error.database", e, String.valueOf(sql.getMessage())));
            }
        }
        return Optional.empty();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }

    /** The message of the first {@code kind} in the chain (the one that says what failed), else the outermost one. */
    private static String reason(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (kind.isInstance(t) && t.getMessage() != null) {
                return t.getMessage();
            }
        }
        return String.valueOf(e.getMessage());
    }
}
