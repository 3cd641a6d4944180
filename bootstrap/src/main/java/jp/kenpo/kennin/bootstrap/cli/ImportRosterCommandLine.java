package jp.kenpo.kennin.bootstrap.cli;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterCommand;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterResult;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.RowProblem;
import jp.kenpo.kennin.application.roster.RosterRow;
import jp.kenpo.kennin.bootstrap.ConsoleMessages;

/**
 * {@code import-roster}: reads the file, hands every row to the use case and reports the
 * outcome. A refused roster lists every bad row at once, in file order, so staff can fix the
 * spreadsheet in one pass instead of one error per run.
 */
public final class ImportRosterCommandLine {
    private final ImportRosterUseCase importRoster;
    private final RosterCsvReader reader = new RosterCsvReader();
    private final ConsoleMessages messages;
    private final PrintStream out;
    private final PrintStream err;

    public ImportRosterCommandLine(ImportRosterUseCase importRoster, ConsoleMessages messages, PrintStream out, PrintStream err) {
        this.importRoster = importRoster;
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    public ExitStatus run(CliCommand.ImportRoster command) {
        List<RosterRow> rows;
        try {
            rows = reader.read(command.file(), command.encoding());
        } catch (CliException e) {
            err.println(messages.bilingual(e.key(), e.args()));
            return ExitStatus.FAILURE;
        }
        ImportRosterResult result = importRoster.importRoster(
                new ImportRosterCommand(command.insurerCode(), command.createInsurerName(), rows));
        if (result instanceof ImportRosterResult.Imported imported) {
            out.println(messages.bilingual("import.imported", imported.created(), imported.updated(), imported.unchanged()));
            return ExitStatus.SUCCESS;
        }
        if (result instanceof ImportRosterResult.Rejected rejected) {
            printProblems(rejected.problems());
            return ExitStatus.FAILURE;
        }
        var unknown = (ImportRosterResult.UnknownInsurer) result;
        err.println(messages.bilingual("import.unknownInsurer", unknown.insurerCode()));
        return ExitStatus.FAILURE;
    }

    private void printProblems(List<RowProblem> problems) {
        err.println(messages.bilingual("import.rejected", problems.size()));
        problems.stream()
                .sorted(Comparator.comparingInt(RowProblem::lineNumber))
                .forEach(p -> err.println(messages.japanese("import.rejected.row",
                        String.valueOf(p.lineNumber()), p.column(), messages.reason(p.code()))));
    }
}
