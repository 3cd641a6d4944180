package jp.kenpo.kennin.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.adapters.csv.RosterCsvReader;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineParserTest {
    @TempDir
    Path dir;
    private String roster;

    @BeforeEach
    void writeRoster() throws IOException {
        roster = Files.writeString(dir.resolve("roster.csv"), "記号\n").toString();
    }

    @Test
    void noArgumentsServes() throws Exception {
        assertThat(CommandLineParser.parse()).isEqualTo(new CliCommand.Serve());
    }

    @Test
    void serveAndDemoAreSubCommands() throws Exception {
        assertThat(CommandLineParser.parse("serve")).isEqualTo(new CliCommand.Serve());
        assertThat(CommandLineParser.parse("demo")).isEqualTo(new CliCommand.Demo());
    }

    @ParameterizedTest
    @ValueSource(strings = {"help", "--help", "-h"})
    void helpInAnyOfItsSpellings(String arg) throws Exception {
        assertThat(CommandLineParser.parse(arg)).isEqualTo(new CliCommand.Help());
        assertThat(CommandLineParser.parse("import-roster", arg)).isEqualTo(new CliCommand.Help());
    }

    @Test
    void importRosterWithOnlyTheRequiredArgumentsReadsUtf8() throws Exception {
        assertThat(CommandLineParser.parse("import-roster", "--insurer", "acme", roster))
                .isEqualTo(new CliCommand.ImportRoster("acme", Optional.empty(), StandardCharsets.UTF_8, Path.of(roster)));
    }

    @Test
    void importRosterWithEveryOptionInEitherForm() throws Exception {
        assertThat(CommandLineParser.parse("import-roster", roster, "--insurer=ＡＣＭＥ", "--create-insurer", "アクメ健康保険組合",
                "--encoding=SJIS"))
                .isEqualTo(new CliCommand.ImportRoster("acme", Optional.of("アクメ健康保険組合"), RosterCsvReader.WINDOWS_31J,
                        Path.of(roster)));
    }

    @Test
    void aDependentsRosterIsAskedForByItsKind() throws Exception {
        assertThat(CommandLineParser.parse("import-roster", "--kind", "dependents", "--insurer", "acme", roster))
                .isEqualTo(new CliCommand.ImportRoster("acme", Optional.empty(), StandardCharsets.UTF_8, Path.of(roster),
                        CliCommand.RosterKind.DEPENDENTS));
        assertThat(CommandLineParser.parse("import-roster", "--kind=members", "--insurer", "acme", roster))
                .isEqualTo(new CliCommand.ImportRoster("acme", Optional.empty(), StandardCharsets.UTF_8, Path.of(roster)));
    }

    @Test
    void anUnknownKindOrCreatingAnInsurerFromDependentsIsAUsageError() {
        assertUsageError(new String[]{"import-roster", "--kind", "families", "--insurer", "acme", roster},
                "usage.error.unknownKind", "families");
        assertUsageError(new String[]{"import-roster", "--kind", "dependents", "--insurer", "acme", "--create-insurer", "アクメ",
                roster}, "usage.error.createInsurerNeedsMembers");
    }

    @Test
    void anInsurerCreatedByAnImportGetsTheManualsPasswordRulesUnlessNistIsChosen() throws Exception {
        assertThat(CommandLineParser.parse("import-roster", "--insurer", "acme", "--create-insurer", "アクメ", roster))
                .isInstanceOfSatisfying(CliCommand.ImportRoster.class,
                        c -> assertThat(c.passwordPolicy()).isEqualTo(CredentialPolicy.manualDefault()));
        assertThat(CommandLineParser.parse("import-roster", "--insurer", "acme", "--create-insurer", "アクメ",
                "--password-policy", "manual", roster))
                .isInstanceOfSatisfying(CliCommand.ImportRoster.class,
                        c -> assertThat(c.passwordPolicy()).isEqualTo(CredentialPolicy.manualDefault()));
        assertThat(CommandLineParser.parse("import-roster", "--insurer", "acme", "--create-insurer", "アクメ",
                "--password-policy=nist", roster))
                .isEqualTo(new CliCommand.ImportRoster("acme", Optional.of("アクメ"), StandardCharsets.UTF_8, Path.of(roster),
                        CliCommand.RosterKind.MEMBERS, CredentialPolicy.nist()));
    }

    @Test
    void anUnknownPasswordPolicyOrOneWithoutCreatingTheInsurerIsAUsageError() {
        assertUsageError(new String[]{"import-roster", "--insurer", "acme", "--create-insurer", "アクメ", "--password-policy",
                "strong", roster}, "usage.error.unknownPasswordPolicy", "strong");
        assertUsageError(new String[]{"import-roster", "--insurer", "acme", "--password-policy", "nist", roster},
                "usage.error.passwordPolicyNeedsCreateInsurer");
    }

    @Test
    void unlockSignupNamesTheMemberAndTheStaff() throws Exception {
        assertThat(CommandLineParser.parse("unlock-signup", "--insurer", "ＡＣＭＥ", "--symbol", "３１", "--number=7001",
                "--staff", "staff-kato"))
                .isEqualTo(new CliCommand.UnlockSignup("acme", "３１", "7001", "staff-kato"));
        assertThat(CommandLineParser.parse("unlock-signup", "--help")).isEqualTo(new CliCommand.Help());
    }

    @Test
    void unlockSignupWithoutTheStaffOrWithAnUnknownOptionIsAUsageError() {
        assertUsageError(new String[]{"unlock-signup", "--insurer", "acme", "--symbol", "31", "--number", "7001"},
                "usage.error.missingOption", "--staff");
        assertUsageError(new String[]{"unlock-signup", "--insurer", "acme", "--symbol", "31", "--number", "7001", "--staff", "k",
                "--reason", "x"}, "usage.error.unknownOption", "--reason");
    }

    @Test
    void aDoubleDashLetsAFileNameStartWithADash() throws Exception {
        Path dashed = Files.writeString(dir.resolve("-roster.csv"), "記号\n");

        assertThat(CommandLineParser.parse("import-roster", "--insurer", "acme", "--", dashed.toString()))
                .isInstanceOfSatisfying(CliCommand.ImportRoster.class, c -> assertThat(c.file()).isEqualTo(dashed));
    }

    @Test
    void anUnknownCommandOrOptionIsNamed() {
        assertUsageError(new String[]{"import"}, "usage.error.unknownCommand", "import");
        assertUsageError(new String[]{"--port"}, "usage.error.unknownOption", "--port");
        assertUsageError(new String[]{"import-roster", "--insurer", "acme", "--dry-run", roster}, "usage.error.unknownOption", "--dry-run");
    }

    @Test
    void argumentsAfterServeOrDemoAreRefused() {
        assertUsageError(new String[]{"serve", "8080"}, "usage.error.extraArgument", "8080");
        assertUsageError(new String[]{"demo", "--insurer", "acme"}, "usage.error.extraArgument", "--insurer");
    }

    @Test
    void importRosterNeedsAnInsurerAndOneReadableFile() {
        assertUsageError(new String[]{"import-roster", roster}, "usage.error.missingInsurer");
        assertUsageError(new String[]{"import-roster", "--insurer", "acme"}, "usage.error.missingFile");
        assertUsageError(new String[]{"import-roster", "--insurer", "acme", roster, "second.csv"}, "usage.error.extraArgument",
                "second.csv");
        assertUsageError(new String[]{"import-roster", "--insurer", "acme", "missing.csv"}, "usage.error.unreadableFile", "missing.csv");
        assertUsageError(new String[]{"import-roster", "--insurer", "acme", dir.toString()}, "usage.error.unreadableFile",
                dir.toString());
    }

    @Test
    void optionValuesAreChecked() {
        assertUsageError(new String[]{"import-roster", roster, "--insurer"}, "usage.error.missingValue", "--insurer");
        assertUsageError(new String[]{"import-roster", roster, "--insurer="}, "usage.error.missingValue", "--insurer");
        assertUsageError(new String[]{"import-roster", roster, "--insurer", "a", "--insurer", "b"}, "usage.error.duplicateOption",
                "--insurer");
        assertUsageError(new String[]{"import-roster", roster, "--insurer", "健保"}, "usage.error.invalidInsurer", "健保");
        assertUsageError(new String[]{"import-roster", roster, "--insurer", "acme", "--encoding", "EUC-JP"},
                "usage.error.unknownEncoding", "EUC-JP");
    }

    @Test
    void returnResponseTakesEveryValueAsTypedButTheInsurerCode() throws Exception {
        assertThat(CommandLineParser.parse("return-response", "--insurer", "ＡＣＭＥ", "--symbol", "１２", "--number=3456",
                "--dependent", "1", "--reason", " 学生証の裏面も提出してください。 ", "--staff", "加藤"))
                .isEqualTo(new CliCommand.ReturnResponse("acme", "１２", "3456", "1", "学生証の裏面も提出してください。", "加藤"));
    }

    @Test
    void extendDeadlineTakesTheDateAsTyped() throws Exception {
        assertThat(CommandLineParser.parse("extend-deadline", "--staff=加藤", "--until", "2027/01/10", "--number", "3456",
                "--symbol", "12", "--insurer", "acme"))
                .isEqualTo(new CliCommand.ExtendDeadline("acme", "12", "3456", "2027/01/10", "加藤"));
    }

    @Test
    void helpAfterTheReviewCommands() throws Exception {
        assertThat(CommandLineParser.parse("return-response", "--insurer", "acme", "--help")).isEqualTo(new CliCommand.Help());
        assertThat(CommandLineParser.parse("extend-deadline", "-h")).isEqualTo(new CliCommand.Help());
    }

    @Test
    void returnResponseNeedsEveryOptionAndNamesTheFirstMissing() {
        String[] all = {"--insurer", "acme", "--symbol", "12", "--number", "3456", "--dependent", "1", "--reason", "理由",
                "--staff", "加藤"};
        assertUsageError(without(all, "--insurer"), "usage.error.missingInsurer");
        for (String option : new String[]{"--symbol", "--number", "--dependent", "--reason", "--staff"}) {
            assertUsageError(without(all, option), "usage.error.missingOption", option);
        }
    }

    @Test
    void extendDeadlineNeedsEveryOptionAndNamesTheFirstMissing() {
        String[] all = {"--insurer", "acme", "--symbol", "12", "--number", "3456", "--until", "2027/01/10", "--staff", "加藤"};
        assertUsageError(without("extend-deadline", all, "--insurer"), "usage.error.missingInsurer");
        for (String option : new String[]{"--symbol", "--number", "--until", "--staff"}) {
            assertUsageError(without("extend-deadline", all, option), "usage.error.missingOption", option);
        }
    }

    @Test
    void theReviewCommandsRefuseOptionsOfOtherCommandsAndStrayArguments() {
        assertUsageError(new String[]{"return-response", "--insurer", "acme", "--until", "2027/01/10"}, "usage.error.unknownOption",
                "--until");
        assertUsageError(new String[]{"extend-deadline", "--insurer", "acme", "--reason", "理由"}, "usage.error.unknownOption",
                "--reason");
        assertUsageError(new String[]{"extend-deadline", "--insurer", "acme", "--encoding", "UTF-8"}, "usage.error.unknownOption",
                "--encoding");
        assertUsageError(new String[]{"return-response", "--insurer", "acme", "12-3456"}, "usage.error.extraArgument", "12-3456");
        assertUsageError(new String[]{"extend-deadline", "--insurer", "acme", "--", "--until"}, "usage.error.extraArgument",
                "--until");
    }

    @Test
    void theReviewCommandsCheckTheirOptionValues() {
        assertUsageError(new String[]{"return-response", "--insurer", "acme", "--reason"}, "usage.error.missingValue", "--reason");
        assertUsageError(new String[]{"return-response", "--reason", "　", "--insurer", "acme"}, "usage.error.missingValue",
                "--reason");
        assertUsageError(new String[]{"extend-deadline", "--staff", "a", "--staff", "b"}, "usage.error.duplicateOption", "--staff");
        assertUsageError(new String[]{"extend-deadline", "--insurer", "健保", "--symbol", "12", "--number", "3456", "--until",
                "2027/01/10", "--staff", "加藤"}, "usage.error.invalidInsurer", "健保");
    }

    /** The return-response arguments {@code all} with one option and its value left out. */
    private static String[] without(String[] all, String option) {
        return without("return-response", all, option);
    }

    private static String[] without(String command, String[] all, String option) {
        List<String> args = new ArrayList<>(List.of(command));
        for (int i = 0; i < all.length; i += 2) {
            if (!all[i].equals(option)) {
                args.add(all[i]);
                args.add(all[i + 1]);
            }
        }
        return args.toArray(String[]::new);
    }

    private static void assertUsageError(String[] args, String key, Object... expectedArgs) {
        assertThatThrownBy(() -> CommandLineParser.parse(args))
                .isInstanceOfSatisfying(CliException.class, e -> {
                    assertThat(e.key()).isEqualTo(key);
                    assertThat(e.args()).containsExactly(expectedArgs);
                });
    }
}
