package jp.kenpo.kennin.application.roster;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;

/**
 * Loads a member roster all-or-nothing: if any row is invalid (or two rows name the same
 * 記号・番号) nothing is stored and every problem is returned with its line number.
 */
public interface ImportRosterUseCase {
    ImportRosterResult importRoster(ImportRosterCommand command);

    /**
     * @param createInsurerName when present and the insurer does not exist, create it with this name
     * @param newInsurerPolicy  the password rules of an insurer so created (an existing one keeps its own)
     */
    record ImportRosterCommand(String insurerCode, Optional<String> createInsurerName, List<RosterRow> rows,
                               CredentialPolicy newInsurerPolicy) {
        public ImportRosterCommand {
            Objects.requireNonNull(newInsurerPolicy);
        }

        /** An insurer this creates gets the manual's rules. */
        public ImportRosterCommand(String insurerCode, Optional<String> createInsurerName, List<RosterRow> rows) {
            this(insurerCode, createInsurerName, rows, CredentialPolicy.manualDefault());
        }
    }

    /** A bad row: line number, the column's header (such as 生年月日) and a message key. */
    record RowProblem(int lineNumber, String column, String code) {
    }

    sealed interface ImportRosterResult {
        record Imported(int created, int updated, int unchanged) implements ImportRosterResult {
        }

        record Rejected(List<RowProblem> problems) implements ImportRosterResult {
        }

        record UnknownInsurer(String insurerCode) implements ImportRosterResult {
        }
    }
}
