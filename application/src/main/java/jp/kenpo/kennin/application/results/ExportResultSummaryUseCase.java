package jp.kenpo.kennin.application.results;

import java.io.OutputStream;
import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.SignedInStaff;

/** The board's summary as a CSV file or an A4 PDF, written to {@code out}. Requires {@code EXPORT_RESULTS}; audited. */
public interface ExportResultSummaryUseCase {
    ExportResultSummaryResult exportResultSummary(ExportResultSummaryCommand command);

    record ExportResultSummaryCommand(SignedInStaff staff, SummaryFormat format, OutputStream out, ClientAddress client) {
        public ExportResultSummaryCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(format);
            Objects.requireNonNull(out);
            Objects.requireNonNull(client);
        }
    }

    sealed interface ExportResultSummaryResult {
        record Exported(int fiscalYear) implements ExportResultSummaryResult {
        }

        record NoSurveyYear(int fiscalYear) implements ExportResultSummaryResult {
        }
    }
}
