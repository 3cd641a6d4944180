package jp.kenpo.kennin.bootstrap.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** A command line as understood: one sub-command with its checked arguments. */
public sealed interface CliCommand {
    record Serve() implements CliCommand {
    }

    record Demo() implements CliCommand {
    }

    record Help() implements CliCommand {
    }

    /** What a roster file lists: {@code --kind members} (the default) or {@code --kind dependents}. */
    enum RosterKind {
        MEMBERS, DEPENDENTS
    }

    /**
     * @param insurerCode       保険者指定コード, normalised
     * @param createInsurerName create the insurer under this name if it does not exist (members only)
     */
    record ImportRoster(String insurerCode, Optional<String> createInsurerName, Charset encoding, Path file, RosterKind kind)
            implements CliCommand {
        public ImportRoster {
            Objects.requireNonNull(insurerCode);
            Objects.requireNonNull(createInsurerName);
            Objects.requireNonNull(encoding);
            Objects.requireNonNull(file);
            Objects.requireNonNull(kind);
        }

        /** A member roster, as import-roster read before it knew other kinds. */
        public ImportRoster(String insurerCode, Optional<String> createInsurerName, Charset encoding, Path file) {
            this(insurerCode, createInsurerName, encoding, file, RosterKind.MEMBERS);
        }
    }
}
