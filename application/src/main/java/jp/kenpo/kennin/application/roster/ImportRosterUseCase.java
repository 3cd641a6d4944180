package jp.kenpo.kennin.application.roster;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;

/**
 * Loads a member roster all-or-nothing: if any row is invalid (or two rows name the same
 * 記号・番号) nothing is stored and the problems are returned with their line numbers (the first
 * {@code ProblemList.LISTED} in full, and how many there are). The file is read once, as a stream.
 */
public interface ImportRosterUseCase {
    ImportRosterResult importRoster(ImportRosterCommand command);

    /**
     * @param createInsurerName when present and the insurer does not exist, create it with this name
     * @param newInsurerPolicy  the password rules of an insurer so created (an existing one keeps its own)
     */
    record ImportRosterCommand(String insurerCode, Optional<String> createInsurerName, RosterRows<RosterRow> rows,
                               CredentialPolicy newInsurerPolicy) {
        public ImportRosterCommand {
            Objects.requireNonNull(rows);
            Objects.requireNonNull(newInsurerPolicy);
        }

        public ImportRosterCommand(String insurerCode, Optional<String> createInsurerName, List<RosterRow> rows,
                                   CredentialPolicy newInsurerPolicy) {
            this(insurerCode, createInsurerName, RosterRows.of(rows), newInsurerPolicy);
        }

        /** An insurer this creates gets the manual's rules. */
        public ImportRosterCommand(String insurerCode, Optional<String> createInsurerName, List<RosterRow> rows) {
            this(insurerCode, createInsurerName, RosterRows.of(rows), CredentialPolicy.manualDefault());
        }
    }

    /** A bad row: line number, the column's header (such as 生年月日) and a message key. */
    record RowProblem(int lineNumber, String column, String code) {
    }

    sealed interface ImportRosterResult {
        record Imported(int created, int updated, int unchanged) implements ImportRosterResult {
        }

        /** {@code problems} are the first ones in file order; {@code total} counts them all. */
        record Rejected(List<RowProblem> problems, int total) implements ImportRosterResult {
            public Rejected {
                problems = List.copyOf(problems);
                if (total < problems.size()) {
                    throw new IllegalArgumentException("total " + total + " < " + problems.size());
                }
            }

            /** Every problem listed. */
            public Rejected(List<RowProblem> problems) {
                this(problems, problems.size());
            }
        }

        record UnknownInsurer(String insurerCode) implements ImportRosterResult {
        }
    }
}
