package jp.kenpo.kennin.adapters.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.review.ExtendSurveyDeadlineUseCase;
import jp.kenpo.kennin.application.review.ExtendSurveyDeadlineUseCase.ExtendSurveyDeadlineCommand;
import jp.kenpo.kennin.application.review.ExtendSurveyDeadlineUseCase.ExtendSurveyDeadlineResult;
import jp.kenpo.kennin.application.review.ReturnSurveyResponseUseCase;
import jp.kenpo.kennin.application.review.ReturnSurveyResponseUseCase.ReturnSurveyResponseCommand;
import jp.kenpo.kennin.application.review.ReturnSurveyResponseUseCase.ReturnSurveyResponseResult;

/**
 * {@code return-response} (差し戻し) and {@code extend-deadline} (期限延長): staff's decisions on
 * one member's survey, until staff have screens of their own. Each prints one result line; a
 * refusal (a value the use case cannot read, no such member or dependent, nothing submitted)
 * goes to standard error and ends with {@link ExitStatus#FAILURE}, as a refused roster does.
 * The commands run on the server's console, so the audit log names the caller "local".
 */
public final class ReviewCommandLine {
    private final ReturnSurveyResponseUseCase returnResponse;
    private final ExtendSurveyDeadlineUseCase extendDeadline;
    private final ConsoleMessages messages;
    private final PrintStream out;
    private final PrintStream err;

    public ReviewCommandLine(ReturnSurveyResponseUseCase returnResponse, ExtendSurveyDeadlineUseCase extendDeadline,
                             ConsoleMessages messages, PrintStream out, PrintStream err) {
        this.returnResponse = returnResponse;
        this.extendDeadline = extendDeadline;
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    public ExitStatus run(CliCommand.ReturnResponse command) {
        ReturnSurveyResponseResult result = returnResponse.returnSurveyResponse(new ReturnSurveyResponseCommand(
                command.insurerCode(), command.symbol(), command.number(), command.dependentNumber(), command.reason(),
                command.staff(), ClientAddress.local()));
        if (result instanceof ReturnSurveyResponseResult.Returned returned) {
            // The return stands even when the notice was not sent: staff must then tell the member themselves.
            out.println(messages.bilingual(returned.mailSent() ? "return.returned" : "return.returnedWithoutMail"));
            return ExitStatus.SUCCESS;
        }
        if (result instanceof ReturnSurveyResponseResult.Invalid invalid) {
            err.println(messages.bilingual("return.invalid", messages.reason(invalid.code()), invalid.code()));
        } else if (result instanceof ReturnSurveyResponseResult.NotSubmitted) {
            err.println(messages.bilingual("return.notSubmitted"));
        } else {
            err.println(messages.bilingual("return.notFound"));
        }
        return ExitStatus.FAILURE;
    }

    public ExitStatus run(CliCommand.ExtendDeadline command) {
        ExtendSurveyDeadlineResult result = extendDeadline.extendSurveyDeadline(new ExtendSurveyDeadlineCommand(
                command.insurerCode(), command.symbol(), command.number(), command.until(), command.staff(),
                ClientAddress.local()));
        if (result instanceof ExtendSurveyDeadlineResult.Extended extended) {
            LocalDate day = extended.deadline().day();
            // As strings: MessageFormat would print the year 2027 as "2,027".
            out.println(messages.bilingual("extend.extended", String.valueOf(day.getYear()),
                    String.valueOf(day.getMonthValue()), String.valueOf(day.getDayOfMonth()), day.toString()));
            return ExitStatus.SUCCESS;
        }
        if (result instanceof ExtendSurveyDeadlineResult.Invalid invalid) {
            err.println(messages.bilingual("extend.invalid", messages.reason(invalid.code()), invalid.code()));
        } else {
            err.println(messages.bilingual("extend.notFound"));
        }
        return ExitStatus.FAILURE;
    }
}
