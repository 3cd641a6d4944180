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

    /**
     * @param insurerCode       保険者指定コード, normalised
     * @param createInsurerName create the insurer under this name if it does not exist
     */
    record ImportRoster(String insurerCode, Optional<String> createInsurerName, Charset encoding, Path file)
            implements CliCommand {
        public ImportRoster {
            Objects.requireNonNull(insurerCode);
            Objects.requireNonNull(createInsurerName);
            Objects.requireNonNull(encoding);
            Objects.requireNonNull(file);
        }
    }
}
