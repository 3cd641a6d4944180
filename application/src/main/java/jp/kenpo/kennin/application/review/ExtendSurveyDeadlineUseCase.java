package jp.kenpo.kennin.application.review;

import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;

/** Staff give one member more time (期限延長): until the end of a later JST day than the survey's deadline. */
public interface ExtendSurveyDeadlineUseCase {
    ExtendSurveyDeadlineResult extendSurveyDeadline(ExtendSurveyDeadlineCommand command);

    /** @param until the new last day as typed (YYYY/MM/DD, YYYY-MM-DD or YYYYMMDD, any width) */
    record ExtendSurveyDeadlineCommand(String insurer, String symbol, String number, String until, String staff,
                                       ClientAddress client) {
        public ExtendSurveyDeadlineCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(client);
        }
    }

    sealed interface ExtendSurveyDeadlineResult {
        record Extended(SurveyDeadline deadline) implements ExtendSurveyDeadlineResult {
        }

        record Invalid(String code) implements ExtendSurveyDeadlineResult {
        }

        record NotFound() implements ExtendSurveyDeadlineResult {
        }
    }
}
