package jp.kenpo.kennin.adapters.csv;

/**
 * A roster file that cannot be read as a whole (unreadable bytes, broken quoting, missing or
 * repeated headers, nothing in it). {@code key} names a text the command line and the staff web
 * both have ({@code roster.error.*}) and {@code args} fill it, so each says it in its own words
 * and languages. Bad rows are not this: the use case lists them all with their lines.
 */
public final class RosterFileException extends Exception {
    private final String key;
    private final transient Object[] args;

    RosterFileException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The same, met while the rows stream by: unchecked, so it passes through the use case and rolls its transaction back. */
    public static final class Unreadable extends RuntimeException {
        private final RosterFileException problem;

        Unreadable(RosterFileException problem) {
            super(problem.key(), problem);
            this.problem = problem;
        }

        public RosterFileException problem() {
            return problem;
        }
    }
}
