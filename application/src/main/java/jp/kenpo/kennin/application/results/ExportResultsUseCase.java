package jp.kenpo.kennin.application.results;

import java.io.OutputStream;
import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.SignedInStaff;

/**
 * The result export for the core system: one row per dependent in the current survey year's
 * scope, written to {@code out} as the rows come from the database. Requires
 * {@code EXPORT_RESULTS}; who exported how many rows is audited.
 */
public interface ExportResultsUseCase {
    ExportResultsResult exportResults(ExportResultsCommand command);

    /** @param out the response body; nothing is written to it when there is no survey year */
    record ExportResultsCommand(SignedInStaff staff, ResultFormat format, OutputStream out, ClientAddress client) {
        public ExportResultsCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(format);
            Objects.requireNonNull(out);
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
