package jp.kenpo.kennin.adapters.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.adapters.csv.RosterCsvReader;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.insurer.InsurerCode;

/**
 * Turns {@code args} into a {@link CliCommand}, or a {@link CliException} that says what is
 * wrong. Options take their value as the next argument or after {@code =}; {@code --} ends the
 * options, for a file whose name starts with a dash. Every sub-command reads its options alike.
 */
public final class CommandLineParser {
    static final String INSURER = "--insurer";
    static final String CREATE_INSURER = "--create-insurer";
    static final String ENCODING = "--encoding";
    static final String KIND = "--kind";
    static final String PASSWORD_POLICY = "--password-policy";
    static final String SYMBOL = "--symbol";
    static final String NUMBER = "--number";
    static final String DEPENDENT = "--dependent";
    static final String REASON = "--reason";
    static final String UNTIL = "--until";
    static final String STAFF = "--staff";
    private static final List<String> IMPORT_OPTIONS = List.of(INSURER, CREATE_INSURER, ENCODING, KIND, PASSWORD_POLICY);
    private static final List<String> RETURN_OPTIONS = List.of(INSURER, SYMBOL, NUMBER, DEPENDENT, REASON, STAFF);
    private static final List<String> EXTEND_OPTIONS = List.of(INSURER, SYMBOL, NUMBER, UNTIL, STAFF);
    private static final List<String> UNLOCK_OPTIONS = List.of(INSURER, SYMBOL, NUMBER, STAFF);
    private static final List<String> HELP = List.of("help", "--help", "-h");
    // --- identity ---
    static final String LOGIN = "--login";
    static final String NAME = "--name";
    private static final List<String> CREATE_OPERATOR_OPTIONS = List.of(LOGIN, NAME);
    private static final List<String> REISSUE_OPERATOR_OPTIONS = List.of(LOGIN);

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
            case "return-response" -> returnResponse(rest);
            case "extend-deadline" -> extendDeadline(rest);
            case "unlock-signup" -> unlockSignup(rest);
            case "create-operator" -> createOperator(rest);
            case "reissue-operator" -> reissueOperator(rest);
            case "reseal-secrets" -> resealSecrets(rest); // --- ops ---
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

    /** The options and operands of one sub-command, or {@code help} if it was asked for among them. */
    private record Arguments(Map<String, String> options, List<String> operands, boolean help) {
        String required(String name) throws CliException {
            String value = options.get(name);
            if (value == null) {
                throw name.equals(INSURER)
                        ? new CliException("usage.error.missingInsurer")
                        : new CliException("usage.error.missingOption", name);
            }
            return value;
        }
    }

    /**
     * Reads {@code known} options in either form and at most {@code maxOperands} other arguments,
     * stopping at the first problem or at {@code help}, in the order they were given.
     */
    private static Arguments arguments(List<String> args, List<String> known, int maxOperands) throws CliException {
        Map<String, String> options = new HashMap<>();
        List<String> operands = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!optionsEnded && HELP.contains(arg)) {
                return new Arguments(options, operands, true);
            } else if (!optionsEnded && arg.equals("--")) {
                optionsEnded = true;
            } else if (!optionsEnded && arg.startsWith("-") && arg.length() > 1) {
                int eq = arg.indexOf('=');
                String name = eq < 0 ? arg : arg.substring(0, eq);
                if (!known.contains(name)) {
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
            } else if (operands.size() < maxOperands) {
                operands.add(arg);
            } else {
                throw new CliException("usage.error.extraArgument", arg);
            }
        }
        return new Arguments(options, operands, false);
    }

    private static CliCommand importRoster(List<String> args) throws CliException {
        Arguments arguments = arguments(args, IMPORT_OPTIONS, 1);
        if (arguments.help()) {
            return new CliCommand.Help();
        }
        Map<String, String> options = arguments.options();
        String file = arguments.operands().isEmpty() ? null : arguments.operands().get(0);
        String insurer = arguments.required(INSURER);
        if (file == null) {
            throw new CliException("usage.error.missingFile");
        }
        CliCommand.RosterKind kind = kind(options.get(KIND));
        Optional<String> createInsurer = Optional.ofNullable(options.get(CREATE_INSURER));
        // Dependents hang under members, so a file of them can never be an insurer's first.
        if (kind == CliCommand.RosterKind.DEPENDENTS && createInsurer.isPresent()) {
            throw new CliException("usage.error.createInsurerNeedsMembers");
        }
        CredentialPolicy policy = passwordPolicy(options.get(PASSWORD_POLICY));
        // The rules are chosen when the insurer is created; silently ignoring them for an existing one would mislead.
        if (options.containsKey(PASSWORD_POLICY) && createInsurer.isEmpty()) {
            throw new CliException("usage.error.passwordPolicyNeedsCreateInsurer");
        }
        return new CliCommand.ImportRoster(checkedInsurerCode(insurer), createInsurer, encoding(options.get(ENCODING)),
                readableFile(file), kind, policy);
    }

    // 記号, 番号, 被扶養者番号, the reason and the date go to the use case as typed: it normalises
    // them and says in the screens' words what is wrong with one.
    private static CliCommand returnResponse(List<String> args) throws CliException {
        Arguments arguments = arguments(args, RETURN_OPTIONS, 0);
        if (arguments.help()) {
            return new CliCommand.Help();
        }
        return new CliCommand.ReturnResponse(checkedInsurerCode(arguments.required(INSURER)), arguments.required(SYMBOL),
                arguments.required(NUMBER), arguments.required(DEPENDENT), arguments.required(REASON), arguments.required(STAFF));
    }

    private static CliCommand extendDeadline(List<String> args) throws CliException {
        Arguments arguments = arguments(args, EXTEND_OPTIONS, 0);
        if (arguments.help()) {
            return new CliCommand.Help();
        }
        return new CliCommand.ExtendDeadline(checkedInsurerCode(arguments.required(INSURER)), arguments.required(SYMBOL),
                arguments.required(NUMBER), arguments.required(UNTIL), arguments.required(STAFF));
    }

    private static CliCommand unlockSignup(List<String> args) throws CliException {
        Arguments arguments = arguments(args, UNLOCK_OPTIONS, 0);
        if (arguments.help()) {
            return new CliCommand.Help();
        }
        return new CliCommand.UnlockSignup(checkedInsurerCode(arguments.required(INSURER)), arguments.required(SYMBOL),
                arguments.required(NUMBER), arguments.required(STAFF));
    }

    /** No password or code is ever taken here: the operator chooses them behind the printed link. */
    private static CliCommand createOperator(List<String> args) throws CliException {
        Arguments arguments = arguments(args, CREATE_OPERATOR_OPTIONS, 0);
        if (arguments.help()) {
            return new CliCommand.Help();
        }
        return new CliCommand.CreateOperator(arguments.required(LOGIN), Optional.ofNullable(arguments.options().get(NAME)));
    }

    /** Like create-operator: the new link is printed, never a password or code taken. */
    // --- ops ---
    private static CliCommand resealSecrets(List<String> args) throws CliException {
        Arguments arguments = arguments(args, List.of(STAFF), 0);
        if (arguments.help()) {
            return new CliCommand.Help();
        }
        return new CliCommand.ResealSecrets(arguments.required(STAFF));
    }

    private static CliCommand reissueOperator(List<String> args) throws CliException {
        Arguments arguments = arguments(args, REISSUE_OPERATOR_OPTIONS, 0);
        if (arguments.help()) {
            return new CliCommand.Help();
        }
        return new CliCommand.ReissueOperator(arguments.required(LOGIN));
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

    /** {@code manual} (the default): the insurer manual's rules; {@code nist}: NIST SP 800-63B's. */
    private static CredentialPolicy passwordPolicy(String name) throws CliException {
        if (name == null || name.equals("manual")) {
            return CredentialPolicy.manualDefault();
        }
        if (name.equals("nist")) {
            return CredentialPolicy.nist();
        }
        throw new CliException("usage.error.unknownPasswordPolicy", name);
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
