package jp.kenpo.kennin.bootstrap;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

/**
 * Something the application needs at start (its database, its document storage) cannot be
 * reached. Carries a key of the {@code i18n/cli} bundle and the cause's own words, so the
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
