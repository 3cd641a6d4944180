package jp.kenpo.kennin.bootstrap.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.insurer.InsurerCode;

/**
 * Turns {@code args} into a {@link CliCommand}, or a {@link CliException} that says what is
 * wrong. Options take their value as the next argument or after {@code =}; {@code --} ends the
 * options, for a file whose name starts with a dash.
 */
public final class CommandLineParser {
    static final String INSURER = "--insurer";
    static final String CREATE_INSURER = "--create-insurer";
    static final String ENCODING = "--encoding";
    static final String KIND = "--kind";
    private static final List<String> IMPORT_OPTIONS = List.of(INSURER, CREATE_INSURER, ENCODING, KIND);
    private static final List<String> HELP = List.of("help", "--help", "-h");

    private CommandLineParser() {
    }

    public static CliCommand parse(String... args) throws CliException {
        if (args.length == 0) {
            return new CliCommand.Serve();
        }
        String command = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (HELP.contains(command)) {
            return new CliCommand.Help();
        }
        return switch (command) {
            case "serve" -> noArguments(rest, new CliCommand.Serve());
            case "demo" -> noArguments(rest, new CliCommand.Demo());
            case "import-roster" -> importRoster(rest);
            default -> throw command.startsWith("-")
                    ? new CliException("usage.error.unknownOption", command)
                    : new CliException("usage.error.unknownCommand", command);
        };
    }

    private static CliCommand noArguments(List<String> rest, CliCommand command) throws CliException {
        if (!rest.isEmpty()) {
            throw new CliException("usage.error.extraArgument", rest.get(0));
        }
        return command;
    }

    private static CliCommand importRoster(List<String> args) throws CliException {
        Map<String, String> options = new HashMap<>();
        String file = null;
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!optionsEnded && HELP.contains(arg)) {
                return new CliCommand.Help();
            } else if (!optionsEnded && arg.equals("--")) {
                optionsEnded = true;
            } else if (!optionsEnded && arg.startsWith("-") && arg.length() > 1) {
                int eq = arg.indexOf('=');
                String name = eq < 0 ? arg : arg.substring(0, eq);
                if (!IMPORT_OPTIONS.contains(name)) {
                    throw new CliException("usage.error.unknownOption", name);
                }
                if (options.containsKey(name)) {
                    throw new CliException("usage.error.duplicateOption", name);
                }
                String value;
                if (eq >= 0) {
                    value = arg.substring(eq + 1);
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                } else {
                    throw new CliException("usage.error.missingValue", name);
                }
                if (value.isBlank()) {
                    throw new CliException("usage.error.missingValue", name);
                }
                options.put(name, value.strip());
            } else if (file == null) {
                file = arg;
            } else {
                throw new CliException("usage.error.extraArgument", arg);
            }
        }
        String insurer = Optional.ofNullable(options.get(INSURER))
                .orElseThrow(() -> new CliException("usage.error.missingInsurer"));
        if (file == null) {
            throw new CliException("usage.error.missingFile");
        }
        CliCommand.RosterKind kind = kind(options.get(KIND));
        Optional<String> createInsurer = Optional.ofNullable(options.get(CREATE_INSURER));
        // Dependents hang under members, so a file of them can never be an insurer's first.
        if (kind == CliCommand.RosterKind.DEPENDENTS && createInsurer.isPresent()) {
            throw new CliException("usage.error.createInsurerNeedsMembers");
        }
        return new CliCommand.ImportRoster(checkedInsurerCode(insurer), createInsurer, encoding(options.get(ENCODING)),
                readableFile(file), kind);
    }

    private static CliCommand.RosterKind kind(String name) throws CliException {
        if (name == null || name.equals("members")) {
            return CliCommand.RosterKind.MEMBERS;
        }
        if (name.equals("dependents")) {
            return CliCommand.RosterKind.DEPENDENTS;
        }
        throw new CliException("usage.error.unknownKind", name);
    }

    // Checked here so a typo is a usage error before anything is read or started.
    private static String checkedInsurerCode(String raw) throws CliException {
        try {
            return InsurerCode.parse(raw).value();
        } catch (InvalidValueException e) {
            throw new CliException("usage.error.invalidInsurer", raw);
        }
    }

    private static Charset encoding(String name) throws CliException {
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        return RosterCsvReader.encodingNamed(name).orElseThrow(() -> new CliException("usage.error.unknownEncoding", name));
    }

    private static Path readableFile(String name) throws CliException {
        try {
            Path path = Path.of(name);
            if (Files.isRegularFile(path) && Files.isReadable(path)) {
                return path;
            }
        } catch (InvalidPathException e) {
            // reported below like any other file that cannot be read
        }
        throw new CliException("usage.error.unreadableFile", name);
    }
}
