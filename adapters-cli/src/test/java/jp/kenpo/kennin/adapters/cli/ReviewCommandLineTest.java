package jp.kenpo.kennin.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.review.ExtendSurveyDeadlineUseCase;
import jp.kenpo.kennin.application.review.ExtendSurveyDeadlineUseCase.ExtendSurveyDeadlineCommand;
import jp.kenpo.kennin.application.review.ExtendSurveyDeadlineUseCase.ExtendSurveyDeadlineResult;
import jp.kenpo.kennin.application.review.ReturnSurveyResponseUseCase;
import jp.kenpo.kennin.application.review.ReturnSurveyResponseUseCase.ReturnSurveyResponseCommand;
import jp.kenpo.kennin.application.review.ReturnSurveyResponseUseCase.ReturnSurveyResponseResult;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import org.junit.jupiter.api.Test;

/** Every result of the two staff commands, printed with the real reason texts the screens use. */
class ReviewCommandLineTest {
    private static final CliCommand.ReturnResponse RETURN =
            new CliCommand.ReturnResponse("acme", "１２", "3456", "1", "学生証の裏面も提出してください。", "加藤");
    private static final CliCommand.ExtendDeadline EXTEND = new CliCommand.ExtendDeadline("acme", "12", "3456", "2027/1/10", "加藤");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ScriptedReview review = new ScriptedReview();
    private final ReviewCommandLine commandLine = new ReviewCommandLine(review, review, new ConsoleMessages("i18n/test-reasons"),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void aReturnedResponseSaysTheMemberWasToldAndSucceeds() {
        review.returned = new ReturnSurveyResponseResult.Returned(true);

        ExitStatus status = commandLine.run(RETURN);

        assertThat(status).isEqualTo(ExitStatus.SUCCESS);
        assertThat(out().lines()).containsExactly("差し戻しました（会員へ通知メールを送信しました）。",
                "Returned (a notification mail was sent to the member).");
        assertThat(err()).isEmpty();
        assertThat(review.returns).singleElement().isEqualTo(new ReturnSurveyResponseCommand("acme", "１２", "3456", "1",
                "学生証の裏面も提出してください。", "加藤", ClientAddress.local()));
    }

    @Test
    void aReturnWhoseMailFailedStillSucceedsButSaysToTellTheMember() {
        review.returned = new ReturnSurveyResponseResult.Returned(false);

        assertThat(commandLine.run(RETURN)).isEqualTo(ExitStatus.SUCCESS);
        assertThat(out()).contains("通知メールを送信できませんでした", "could not be sent");
    }

    @Test
    void anInvalidReturnPrintsTheReasonInTheScreensWordsAndFails() {
        review.returned = new ReturnSurveyResponseResult.Invalid("survey.return.reasonTooLong");

        ExitStatus status = commandLine.run(RETURN);

        assertThat(status.exitCode()).hasValue(1);
        assertThat(err().lines()).containsExactly("差し戻せません: 差し戻しの理由は1000文字以内で入力してください。",
                "Not returned: survey.return.reasonTooLong");
        assertThat(out()).isEmpty();
    }

    @Test
    void aReturnOfNobodyOrOfAnUnsubmittedResponseFails() {
        review.returned = new ReturnSurveyResponseResult.NotFound();
        assertThat(commandLine.run(RETURN)).isEqualTo(ExitStatus.FAILURE);
        assertThat(err()).contains("該当する被扶養者が見つかりません", "No such dependent");

        err.reset();
        review.returned = new ReturnSurveyResponseResult.NotSubmitted();
        assertThat(commandLine.run(RETURN)).isEqualTo(ExitStatus.FAILURE);
        assertThat(err()).contains("提出されていないため差し戻せません", "has not been submitted");
        assertThat(out()).isEmpty();
    }

    @Test
    void anExtendedDeadlineIsPrintedAsAJapaneseDateAndSucceeds() {
        review.extended = new ExtendSurveyDeadlineResult.Extended(new SurveyDeadline(LocalDate.of(2027, 1, 10)));

        ExitStatus status = commandLine.run(EXTEND);

        assertThat(status.exitCode()).hasValue(0);
        assertThat(out().lines()).containsExactly("期限を2027年1月10日まで延長しました。", "Deadline extended to 2027-01-10.");
        assertThat(review.extensions).singleElement().isEqualTo(new ExtendSurveyDeadlineCommand("acme", "12", "3456", "2027/1/10",
                "加藤", ClientAddress.local()));
    }

    @Test
    void aRefusedExtensionSaysWhyAndFails() {
        review.extended = new ExtendSurveyDeadlineResult.Invalid("survey.extension.notAfterDeadline");
        assertThat(commandLine.run(EXTEND)).isEqualTo(ExitStatus.FAILURE);
        assertThat(err()).contains("期限を延長できません: 延長後の期限日は、調査の回答期限より後の日にしてください。",
                "Deadline not extended: survey.extension.notAfterDeadline");

        err.reset();
        review.extended = new ExtendSurveyDeadlineResult.NotFound();
        assertThat(commandLine.run(EXTEND)).isEqualTo(ExitStatus.FAILURE);
        assertThat(err()).contains("該当する被保険者が見つかりません", "No such member");
        assertThat(out()).isEmpty();
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static final class ScriptedReview implements ReturnSurveyResponseUseCase, ExtendSurveyDeadlineUseCase {
        ReturnSurveyResponseResult returned;
        ExtendSurveyDeadlineResult extended;
        final List<ReturnSurveyResponseCommand> returns = new ArrayList<>();
        final List<ExtendSurveyDeadlineCommand> extensions = new ArrayList<>();

        @Override
        public ReturnSurveyResponseResult returnSurveyResponse(ReturnSurveyResponseCommand command) {
            returns.add(command);
            return returned;
        }

        @Override
        public ExtendSurveyDeadlineResult extendSurveyDeadline(ExtendSurveyDeadlineCommand command) {
            extensions.add(command);
            return extended;
        }
    }
}
