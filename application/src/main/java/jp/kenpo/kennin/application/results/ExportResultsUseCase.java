package jp.kenpo.kennin.application.results;

import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.SignedInStaff;

/**
 * The result export for the core system: one row per dependent in the current survey year's
 * scope, written to the target as the rows come from the database. Requires
 * {@code EXPORT_RESULTS}; who exported how many rows is audited.
 */
public interface ExportResultsUseCase {
    ExportResultsResult exportResults(ExportResultsCommand command);

    /** @param target opened only when there is a survey year to export */
    record ExportResultsCommand(SignedInStaff staff, ResultFormat format, ExportTarget target, ClientAddress client) {
        public ExportResultsCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(format);
            Objects.requireNonNull(target);
            Objects.requireNonNull(client);
        }
    }

    sealed interface ExportResultsResult {
        /** @param replacedCells cells whose characters the encoding could not hold, each replaced by 〓 */
        record Exported(int fiscalYear, long rows, long replacedCells) implements ExportResultsResult {
        }

        /** The insurer's current fiscal year has no survey set up: there is nothing to export. */
        record NoSurveyYear(int fiscalYear) implements ExportResultsResult {
        }
    }
}
