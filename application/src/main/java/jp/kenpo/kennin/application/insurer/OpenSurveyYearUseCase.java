package jp.kenpo.kennin.application.insurer;

import java.time.LocalDate;

/**
 * Opens (or re-dates) a survey year. Opening a later year than the current one is the yearly
 * reset: every account registered for an earlier year stops working, and members must
 * register again from /signup.
 */
public interface OpenSurveyYearUseCase {
    OpenSurveyYearResult openSurveyYear(OpenSurveyYearCommand command);

    record OpenSurveyYearCommand(String insurerCode, int fiscalYear, String title, LocalDate opensOn, LocalDate deadline) {
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
