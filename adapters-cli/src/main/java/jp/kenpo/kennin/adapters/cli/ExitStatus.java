package jp.kenpo.kennin.adapters.cli;

import java.util.OptionalInt;

/** How a command ended, and the process exit code that tells scripts. */
public enum ExitStatus {
    SUCCESS(0),
    /** The command ran but its input was refused (a roster with bad rows, an unknown insurer). */
    FAILURE(1),
    /** Wrong arguments or settings: nothing was done. */
    INVALID_USE(2),
    /** Something it needs (the database, the document storage) could not be reached: nothing was done; try again when it is up. */
    UNAVAILABLE(3),
    /** The web server was started; the process must stay alive, so there is no exit code. */
    SERVING(-1);

    private final int code;

    ExitStatus(int code) {
        this.code = code;
    }

    public OptionalInt exitCode() {
        return this == SERVING ? OptionalInt.empty() : OptionalInt.of(code);
    }
}
