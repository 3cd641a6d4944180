package jp.kenpo.kennin.adapters.cli;

/**
 * Input the command line cannot use: its arguments (a roster file it cannot read is the CSV
 * reader's {@code RosterFileException}, reported with the same bundle). {@code key}
 * names a text of the {@code i18n/cli} bundle and {@code args} fill it, so the same failure
 * prints in Japanese and English.
 */
public final class CliException extends Exception {
    private final String key;
    private final transient Object[] args;

    CliException(String key, Object... args) {
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
}
