package jp.kenpo.kennin.adapters.cli;

import java.io.PrintStream;
import java.util.Comparator;
import jp.kenpo.kennin.adapters.csv.RosterCsvFile;
import jp.kenpo.kennin.adapters.csv.RosterCsvReader;
import jp.kenpo.kennin.adapters.csv.RosterFileException;
import jp.kenpo.kennin.adapters.csv.RosterLayout;
import jp.kenpo.kennin.application.roster.DependentRosterRow;
import jp.kenpo.kennin.application.roster.ImportDependentsUseCase;
import jp.kenpo.kennin.application.roster.ImportDependentsUseCase.ImportDependentsCommand;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterCommand;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterResult;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.RowProblem;
import jp.kenpo.kennin.application.roster.RosterRow;
import jp.kenpo.kennin.domain.InvalidValueException;

/**
 * {@code import-roster}: reads the file as its kind's layout, hands every row to that kind's use
 * case and reports the outcome, alike for members and dependents. The file streams from disk
 * to the database; a refused roster lists its bad rows at once, in file order (the first 1,000, then how many
 * more), so staff can fix the spreadsheet in one pass instead of one error per run.
 */
public final class ImportRosterCommandLine {
    private final ImportRosterUseCase importRoster;
    private final ImportDependentsUseCase importDependents;
    private final RosterCsvReader reader = new RosterCsvReader();
    private final ConsoleMessages messages;
    private final PrintStream out;
    private final PrintStream err;

    public ImportRosterCommandLine(ImportRosterUseCase importRoster, ImportDependentsUseCase importDependents,
                                   ConsoleMessages messages, PrintStream out, PrintStream err) {
        this.importRoster = importRoster;
        this.importDependents = importDependents;
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    public ExitStatus run(CliCommand.ImportRoster command) {
        ImportRosterResult result;
        try {
            result = switch (command.kind()) {
                case MEMBERS -> {
                    try (RosterCsvFile<RosterRow> rows = reader.open(command.file(), command.encoding(), RosterLayout.MEMBERS)) {
                        yield importRoster.importRoster(new ImportRosterCommand(command.insurerCode(), command.createInsurerName(),
                                rows, command.passwordPolicy()));
                    }
                }
                case DEPENDENTS -> {
                    try (RosterCsvFile<DependentRosterRow> rows = reader.open(command.file(), command.encoding(),
                            RosterLayout.DEPENDENTS)) {
                        yield importDependents.importDependents(new ImportDependentsCommand(command.insurerCode(), rows));
                    }
                }
            };
        } catch (RosterFileException e) {
            err.println(messages.bilingual(e.key(), e.args()));
            return ExitStatus.FAILURE;
        } catch (RosterFileException.Unreadable e) {
            // Found part-way through the file: the import's transaction was rolled back, nothing is stored.
            err.println(messages.bilingual(e.problem().key(), e.problem().args()));
            return ExitStatus.FAILURE;
        } catch (InvalidValueException e) {
            // The use case refuses a --create-insurer name the domain cannot take (one with a line break, say).
            err.println(messages.bilingual("import.invalidInsurerName", messages.reason(e.code()), e.code()));
            return ExitStatus.FAILURE;
        }
        if (result instanceof ImportRosterResult.Imported imported) {
            out.println(messages.bilingual("import.imported", imported.created(), imported.updated(), imported.unchanged()));
            return ExitStatus.SUCCESS;
        }
        if (result instanceof ImportRosterResult.Rejected rejected) {
            printProblems(rejected);
            return ExitStatus.FAILURE;
        }
        var unknown = (ImportRosterResult.UnknownInsurer) result;
        err.println(messages.bilingual("import.unknownInsurer", unknown.insurerCode()));
        return ExitStatus.FAILURE;
    }

    private void printProblems(ImportRosterResult.Rejected rejected) {
        err.println(messages.bilingual("import.rejected", rejected.total()));
        rejected.problems().stream()
                .sorted(Comparator.comparingInt(RowProblem::lineNumber))
                .forEach(p -> err.println(messages.japanese("import.rejected.row",
                        String.valueOf(p.lineNumber()), p.column(), messages.reason(p.code()))));
        if (rejected.total() > rejected.problems().size()) {
            err.println(messages.bilingual("import.rejected.more", rejected.total() - rejected.problems().size()));
        }
    }
}
