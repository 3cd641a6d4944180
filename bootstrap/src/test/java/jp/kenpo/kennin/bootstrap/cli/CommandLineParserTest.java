package jp.kenpo.kennin.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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

    private static void assertUsageError(String[] args, String key, Object... expectedArgs) {
        assertThatThrownBy(() -> CommandLineParser.parse(args))
                .isInstanceOfSatisfying(CliException.class, e -> {
                    assertThat(e.key()).isEqualTo(key);
                    assertThat(e.args()).containsExactly(expectedArgs);
                });
    }
}
