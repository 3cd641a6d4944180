package jp.kenpo.kennin.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.roster.DependentRosterRow;
import jp.kenpo.kennin.application.roster.ImportDependentsUseCase;
import jp.kenpo.kennin.application.roster.ImportDependentsUseCase.ImportDependentsCommand;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterCommand;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterResult;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.RowProblem;
import jp.kenpo.kennin.application.roster.RosterRow;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportRosterCommandLineTest {
    private static final String CSV = """
            記号,番号,氏名,氏名カナ,生年月日,メールアドレス
            10,1,山田　太郎,ヤマダ　タロウ,1980/01/01,a@example.invalid
            10,2,佐藤　花子,サトウ　ハナコ,1981/02/02,b@example.invalid
            """;

    @TempDir
    Path dir;
    private Path file;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ScriptedImport useCase = new ScriptedImport();
    private ImportRosterCommandLine commandLine;

    @BeforeEach
    void setUp() throws IOException {
        file = Files.writeString(dir.resolve("roster.csv"), CSV);
        commandLine = new ImportRosterCommandLine(useCase, useCase, new ConsoleMessages("i18n/test-reasons"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void anImportedRosterPrintsTheCountsAndSucceeds() {
        useCase.answer = new ImportRosterResult.Imported(3, 1, 0);

        ExitStatus status = commandLine.run(command(Optional.of("アクメ健康保険組合")));

        assertThat(status).isEqualTo(ExitStatus.SUCCESS);
        assertThat(status.exitCode()).hasValue(0);
        assertThat(out()).contains("作成 3 件 / 更新 1 件 / 変更なし 0 件").contains("3 created / 1 updated / 0 unchanged");
        assertThat(useCase.received).singleElement().satisfies(c -> {
            assertThat(c.insurerCode()).isEqualTo("acme");
            assertThat(c.createInsurerName()).contains("アクメ健康保険組合");
            assertThat(useCase.rows).extracting(RosterRow::lineNumber).containsExactly(2, 3);
        });
    }

    @Test
    void theChosenPasswordPolicyReachesTheUseCaseForTheInsurerItCreates() {
        useCase.answer = new ImportRosterResult.Imported(2, 0, 0);

        ExitStatus status = commandLine.run(new CliCommand.ImportRoster("acme", Optional.of("アクメ"), StandardCharsets.UTF_8,
                file, CliCommand.RosterKind.MEMBERS, CredentialPolicy.nist()));

        assertThat(status).isEqualTo(ExitStatus.SUCCESS);
        assertThat(useCase.received).singleElement()
                .satisfies(c -> assertThat(c.newInsurerPolicy()).isEqualTo(CredentialPolicy.nist()));
    }

    @Test
    void aRejectedRosterListsEveryBadRowByLineAndFails() {
        useCase.answer = new ImportRosterResult.Rejected(List.of(
                new RowProblem(7, "氏名カナ", "member.kana.invalid"),
                new RowProblem(3, "記号", "member.symbol.invalid"),
                new RowProblem(5, "番号", "roster.duplicate"),
                new RowProblem(3, "生年月日", "member.birthDate.unknownCode")));

        ExitStatus status = commandLine.run(command(Optional.empty()));

        assertThat(status.exitCode()).hasValue(1);
        assertThat(err().lines().filter(line -> line.contains("行目"))).containsExactly(
                "3行目 記号: 記号は半角の英数字 8 文字以内で入力してください",
                "3行目 生年月日: member.birthDate.unknownCode",
                "5行目 番号: 同じ記号・番号の行がほかにもあります",
                "7行目 氏名カナ: 氏名（カナ）はカタカナで入力してください");
        assertThat(err()).contains("4 件の問題があるため、何も取り込みませんでした");
        assertThat(out()).isEmpty();
    }

    @Test
    void anUnknownInsurerPointsToCreateInsurer() {
        useCase.answer = new ImportRosterResult.UnknownInsurer("acme");

        ExitStatus status = commandLine.run(command(Optional.empty()));

        assertThat(status).isEqualTo(ExitStatus.FAILURE);
        assertThat(err()).contains("「acme」").contains("--create-insurer");
    }

    @Test
    void anInsurerNameTheDomainRefusesIsReportedInItsWordsAndFails() {
        useCase.refusal = new InvalidValueException("insurer.name.controlCharacters");

        ExitStatus status = commandLine.run(command(Optional.of("アクメ\n健康保険組合")));

        assertThat(status).isEqualTo(ExitStatus.FAILURE);
        assertThat(err()).contains("--create-insurer", "健康保険組合の名称に改行・タブなどの制御文字は使えません");
        assertThat(out()).isEmpty();
    }

    @Test
    void aFileThatIsNoRosterIsReportedWithoutCallingTheUseCase() throws IOException {
        Files.writeString(file, "記号,番号\n10,1\n");

        ExitStatus status = commandLine.run(command(Optional.empty()));

        assertThat(status).isEqualTo(ExitStatus.FAILURE);
        assertThat(err()).contains("見出し行に必要な列がありません: 氏名、氏名カナ、生年月日、メールアドレス");
        assertThat(useCase.received).isEmpty();
    }

    private CliCommand.ImportRoster command(Optional<String> createInsurer) {
        return new CliCommand.ImportRoster("acme", createInsurer, StandardCharsets.UTF_8, file);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aDependentsFileGoesToTheDependentsImportWithItsRowsAndLineNumbers() throws IOException {
        Path dependents = Files.writeString(dir.resolve("dependents.csv"),
                "続柄,記号,番号,被扶養者番号,氏名,氏名カナ,生年月日,性別,備考\n12,,,,,,,,\n妻,12,3456,1,山田 花子,ヤマダ ハナコ,1982/06/15,女,\n");
        useCase.answer = new ImportRosterResult.Imported(1, 0, 0);

        ExitStatus status = commandLine.run(new CliCommand.ImportRoster("acme", Optional.empty(), StandardCharsets.UTF_8, dependents,
                CliCommand.RosterKind.DEPENDENTS));

        assertThat(status).isEqualTo(ExitStatus.SUCCESS);
        assertThat(useCase.received).isEmpty();
        assertThat(useCase.receivedDependents).singleElement().satisfies(command -> {
            assertThat(command.insurerCode()).isEqualTo("acme");
            assertThat(useCase.dependentRows).hasSize(2);
            assertThat(useCase.dependentRows.get(1)).isEqualTo(new DependentRosterRow(3, "12", "3456", "1", "山田 花子", "ヤマダ ハナコ",
                    "1982/06/15", "妻", "女", "", ""));
        });
    }

    @Test
    void aDependentsFileWithoutItsColumnsNamesThemAndImportsNothing() {
        ExitStatus status = commandLine.run(new CliCommand.ImportRoster("acme", Optional.empty(), StandardCharsets.UTF_8, file,
                CliCommand.RosterKind.DEPENDENTS));

        assertThat(status).isEqualTo(ExitStatus.FAILURE);
        assertThat(err()).contains("被扶養者番号", "続柄", "性別");
        assertThat(useCase.receivedDependents).isEmpty();
    }

    @Test
    void aBadBytePartWayThroughNamesItsLineAndFails() throws IOException {
        Path broken = dir.resolve("broken.csv");
        Files.write(broken, concat(CSV.getBytes(StandardCharsets.UTF_8), "10,3,髙橋　花子,タカハシ　ハナコ,1980/01/01,c@example.invalid\n"
                .getBytes("Windows-31J")));
        useCase.answer = new ImportRosterResult.Imported(3, 0, 0);

        ExitStatus status = commandLine.run(new CliCommand.ImportRoster("acme", Optional.empty(), StandardCharsets.UTF_8, broken,
                CliCommand.RosterKind.MEMBERS));

        assertThat(status).isEqualTo(ExitStatus.FAILURE);
        assertThat(out()).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("4");
        assertThat(useCase.rows).extracting(RosterRow::lineNumber).containsExactly(2, 3);
    }

    @Test
    void problemsBeyondTheListedOnesAreCounted() {
        useCase.answer = new ImportRosterResult.Rejected(List.of(new RowProblem(2, "生年月日", "member.birthDate.invalid")), 5000);

        ExitStatus status = commandLine.run(command(Optional.empty()));

        assertThat(status).isEqualTo(ExitStatus.FAILURE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("5,000").contains("4,999").contains("2行目 生年月日");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static final class ScriptedImport implements ImportRosterUseCase, ImportDependentsUseCase {
        ImportRosterResult answer;
        RuntimeException refusal;
        final List<ImportRosterCommand> received = new ArrayList<>();
        final List<ImportDependentsCommand> receivedDependents = new ArrayList<>();
        /** The rows as the use case streamed them (the file is closed once it returns). */
        final List<RosterRow> rows = new ArrayList<>();
        final List<DependentRosterRow> dependentRows = new ArrayList<>();

        @Override
        public ImportRosterResult importDependents(ImportDependentsCommand command) {
            receivedDependents.add(command);
            command.rows().forEachRow(dependentRows::add);
            return answer;
        }

        @Override
        public ImportRosterResult importRoster(ImportRosterCommand command) {
            received.add(command);
            command.rows().forEachRow(rows::add);
            if (refusal != null) {
                throw refusal;
            }
            return answer;
        }
    }
}
