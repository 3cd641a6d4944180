package jp.kenpo.kennin.application.results;

import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.SignedInStaff;

/** The board's summary as a CSV file or an A4 PDF, written to the target. Requires {@code EXPORT_RESULTS}; audited. */
public interface ExportResultSummaryUseCase {
    ExportResultSummaryResult exportResultSummary(ExportResultSummaryCommand command);

    record ExportResultSummaryCommand(SignedInStaff staff, SummaryFormat format, ExportTarget target, ClientAddress client) {
        public ExportResultSummaryCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(format);
            Objects.requireNonNull(target);
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
