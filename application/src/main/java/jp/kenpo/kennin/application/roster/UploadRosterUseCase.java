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
 * line. {@link Mode#PREVIEW} counts what a commit would create, update and leave unchanged
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

    /** The rows of one file, as the CSV reader made them. */
    sealed interface RosterFile {
        record Members(List<RosterRow> rows) implements RosterFile {
            public Members {
                rows = List.copyOf(rows);
            }
        }

        record Dependents(List<DependentRosterRow> rows) implements RosterFile {
            public Dependents {
                rows = List.copyOf(rows);
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

        record Rejected(List<RowProblem> problems) implements UploadRosterResult {
        }
    }
}
