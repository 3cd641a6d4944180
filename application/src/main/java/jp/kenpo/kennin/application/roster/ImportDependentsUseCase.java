package jp.kenpo.kennin.application.roster;

import java.util.List;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterResult;

/**
 * Loads the insurer's dependents roster all-or-nothing, like the member roster: if any row is
 * invalid, names a member the insurer does not have, or repeats a 記号・番号・被扶養者番号,
 * nothing is stored and the problems are returned with their line numbers, as for members. The outcomes are the
 * member roster's, so both files are reported alike.
 */
public interface ImportDependentsUseCase {
    ImportRosterResult importDependents(ImportDependentsCommand command);

    /** Dependents are only ever added to an existing insurer's members: no insurer is created here. */
    record ImportDependentsCommand(String insurerCode, RosterRows<DependentRosterRow> rows) {
        public ImportDependentsCommand(String insurerCode, List<DependentRosterRow> rows) {
            this(insurerCode, RosterRows.of(rows));
        }
    }
}
