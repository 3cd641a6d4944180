package jp.kenpo.kennin.application.roster;

import java.util.List;
import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.RowProblem;
import jp.kenpo.kennin.application.roster.StoreRosterPort.RosterCounts;
import jp.kenpo.kennin.application.staff.SignedInStaff;

/**
 * Staff load their insurer's member or dependents roster from the browser (IMPORT_ROSTERS) with
 * exactly the rules of {@code import-roster}: all-or-nothing, every bad row returned with its
 * line (the first ones, and their count). {@link Mode#PREVIEW} counts what a commit would create, update and leave unchanged
 * without storing anything; {@link Mode#COMMIT} stores it and keeps the counts, the file name and
 * the staff member in the audit log. The insurer is always the staff member's own: no insurer is
 * created here.
 */
public interface UploadRosterUseCase {
    UploadRosterResult uploadRoster(UploadRosterCommand command);

    enum Mode {
        PREVIEW,
        COMMIT
    }

    /** The rows of one file, as the CSV reader streams them. */
    sealed interface RosterFile {
        record Members(RosterRows<RosterRow> rows) implements RosterFile {
            public Members {
                Objects.requireNonNull(rows);
            }

            public Members(List<RosterRow> rows) {
                this(RosterRows.of(rows));
            }
        }

        record Dependents(RosterRows<DependentRosterRow> rows) implements RosterFile {
            public Dependents {
                Objects.requireNonNull(rows);
            }

            public Dependents(List<DependentRosterRow> rows) {
                this(RosterRows.of(rows));
            }
        }
    }

    record UploadRosterCommand(SignedInStaff actor, String fileName, RosterFile file, Mode mode, ClientAddress client) {
        public UploadRosterCommand {
            Objects.requireNonNull(actor);
            Objects.requireNonNull(file);
            Objects.requireNonNull(mode);
            Objects.requireNonNull(client);
            fileName = fileName == null ? "" : fileName;
        }
    }

    sealed interface UploadRosterResult {
        record Previewed(RosterCounts counts) implements UploadRosterResult {
        }

        record Imported(RosterCounts counts) implements UploadRosterResult {
        }

        /** {@code problems} are the first ones in file order; {@code total} counts them all. */
        record Rejected(List<RowProblem> problems, int total) implements UploadRosterResult {
            public Rejected {
                problems = List.copyOf(problems);
            }

            public Rejected(List<RowProblem> problems) {
                this(problems, problems.size());
            }
        }
    }
}
