package jp.kenpo.kennin.application.review;

import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;

/**
 * 差し戻し: staff send one dependent's submitted response back with the reason, so the member can
 * correct it and submit again; the member is told by mail to log in and read why.
 */
public interface ReturnSurveyResponseUseCase {
    ReturnSurveyResponseResult returnSurveyResponse(ReturnSurveyResponseCommand command);

    /**
     * @param dependentNumber 被扶養者番号 as on the roster
     * @param staff           who sends it back, for the audit log
     */
    record ReturnSurveyResponseCommand(String insurer, String symbol, String number, String dependentNumber, String reason,
                                       String staff, ClientAddress client) {
        public ReturnSurveyResponseCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(client);
        }
    }

    sealed interface ReturnSurveyResponseResult {
        /** @param mailSent false when the mail server refused the notice (the return stands) */
        record Returned(boolean mailSent) implements ReturnSurveyResponseResult {
        }

        /** @param code the message key: an unreadable value or an unacceptable reason */
        record Invalid(String code) implements ReturnSurveyResponseResult {
        }

        /** No such insurer, open survey, member or dependent in scope. */
        record NotFound() implements ReturnSurveyResponseResult {
        }

        /** Only a submitted response can go back: the member still has it, or staff confirmed it. */
        record NotSubmitted() implements ReturnSurveyResponseResult {
        }
    }
}
