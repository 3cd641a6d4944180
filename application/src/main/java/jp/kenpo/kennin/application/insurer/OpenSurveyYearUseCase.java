package jp.kenpo.kennin.application.insurer;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.domain.survey.SurveyScope;

/**
 * Opens (or re-dates) a survey year. Opening a later year than the current one is the yearly
 * reset: every account registered for an earlier year stops working, and members must
 * register again from /signup.
 */
public interface OpenSurveyYearUseCase {
    OpenSurveyYearResult openSurveyYear(OpenSurveyYearCommand command);

    /**
     * @param referenceDate 基準日 for ages and rules; the opening day when empty
     * @param scope         the dependents surveyed
     */
    record OpenSurveyYearCommand(String insurerCode, int fiscalYear, String title, LocalDate opensOn, LocalDate deadline,
                                 Optional<LocalDate> referenceDate, SurveyScope scope) {
        public OpenSurveyYearCommand {
            Objects.requireNonNull(referenceDate);
            Objects.requireNonNull(scope);
        }

        /** Every dependent, ages counted on the opening day. */
        public OpenSurveyYearCommand(String insurerCode, int fiscalYear, String title, LocalDate opensOn, LocalDate deadline) {
            this(insurerCode, fiscalYear, title, opensOn, deadline, Optional.empty(), SurveyScope.all());
        }
    }

    sealed interface OpenSurveyYearResult {
        record Opened(boolean accountsReset) implements OpenSurveyYearResult {
        }

        record UnknownInsurer() implements OpenSurveyYearResult {
        }

        /** An earlier year than the current one cannot be opened again. */
        record NotLaterThanCurrent(int currentFiscalYear) implements OpenSurveyYearResult {
        }

        record Invalid(String code) implements OpenSurveyYearResult {
        }
    }
}
