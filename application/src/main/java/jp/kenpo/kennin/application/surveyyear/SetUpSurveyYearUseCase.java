package jp.kenpo.kennin.application.surveyyear;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.SignedInStaff;

/**
 * A 管理者 opens (or re-dates) their insurer's survey year (MANAGE_SURVEY_YEARS), choosing whom it
 * asks about. Opening a later year than the current one retires last year's member accounts, as
 * the manual says. A pre-screened list is all-or-nothing: one unknown or repeated row and nothing
 * is saved, and every such row is returned with its line.
 */
public interface SetUpSurveyYearUseCase {
    SetUpSurveyYearResult setUpSurveyYear(SetUpSurveyYearCommand command);

    /** @param referenceDate 基準日 for ages and rules; the opening day when empty */
    record SetUpSurveyYearCommand(SignedInStaff actor, int fiscalYear, String title, LocalDate opensOn, LocalDate deadline,
                                  Optional<LocalDate> referenceDate, ScopeChoice scope, ClientAddress client) {
        public SetUpSurveyYearCommand {
            Objects.requireNonNull(actor);
            Objects.requireNonNull(referenceDate);
            Objects.requireNonNull(scope);
            Objects.requireNonNull(client);
        }
    }

    /** Whom the year asks about, as staff choose it. */
    sealed interface ScopeChoice {
        record Everyone() implements ScopeChoice {
        }

        /**
         * Aged {@code age} or more on the reference date (0: any age), optionally leaving out those
         * certified after {@code certifiedOnOrBefore}, whose documents were checked recently.
         */
        record AgedAtLeast(int age, Optional<LocalDate> certifiedOnOrBefore) implements ScopeChoice {
            public AgedAtLeast {
                Objects.requireNonNull(certifiedOnOrBefore);
            }
        }

        /** Exactly the dependents a pre-screening (マイナンバー情報照会) did not clear, from an uploaded CSV. */
        record Listed(String fileName, List<ScopeListRow> rows) implements ScopeChoice {
            public Listed {
                rows = List.copyOf(rows);
            }
        }
    }

    /** A bad row of a pre-screened list: its line, the column's header (such as 被扶養者番号) and a message key. */
    record RowProblem(int lineNumber, String column, String code) {
    }

    sealed interface SetUpSurveyYearResult {
        /** @param surveyedByList how many dependents a list names; empty for the other scopes */
        record Opened(boolean accountsReset, Optional<Integer> surveyedByList) implements SetUpSurveyYearResult {
        }

        /** An earlier year than the current one cannot be opened again. */
        record NotLaterThanCurrent(int currentFiscalYear) implements SetUpSurveyYearResult {
        }

        /** The list had rows naming nobody the insurer has, or twice the same dependent. */
        record ListRejected(List<RowProblem> problems) implements SetUpSurveyYearResult {
        }

        record Invalid(String code) implements SetUpSurveyYearResult {
        }
    }
}
