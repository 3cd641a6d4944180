package jp.kenpo.kennin.application.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import jp.kenpo.kennin.application.progress.ProgressTracker;
import jp.kenpo.kennin.application.review.ExtendMemberDeadlineUseCase.ExtendMemberDeadlineCommand;
import jp.kenpo.kennin.application.review.ExtendSurveyDeadlineUseCase.ExtendSurveyDeadlineCommand;
import jp.kenpo.kennin.application.review.ExtendSurveyDeadlineUseCase.ExtendSurveyDeadlineResult;
import jp.kenpo.kennin.application.transaction.Transactions;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import org.junit.jupiter.api.Test;

/**
 * The dashboard reads a member's running extension from their progress row, so both ways of extending (the help
 * desk's and the CLI's) tell the tracker inside the transaction that wrote the extension, and only when they extended.
 */
class AnExtendedDeadlineIsKeptInTheMembersProgressTest {
    private final ReviewDesk desk = new ReviewDesk();
    private final List<String> told = new ArrayList<>();
    private int depth;
    private final Transactions transactions = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            depth++;
            try {
                return desk.system.transactions.inTransaction(work);
            } finally {
                depth--;
            }
        }
    };
    private final ProgressTracker tracker = (insurer, year, member) -> {
        // What the extension wrote must already be there, and the transaction still open.
        assertThat(desk.system.submissions.deadlineExtension(insurer, year, member)).isPresent();
        told.add(insurer.value() + "/" + year + "/" + member.value() + (depth > 0 ? " in transaction" : " outside"));
    };

    @Test
    void theHelpDesksExtensionTellsTheTrackerInItsTransaction() {
        MemberId taro = desk.omron.taro.id();
        var extend = new ExtendMemberDeadlineService(desk.system.surveyPorts, desk.system.audit, desk.system.clock, transactions,
                tracker);

        assertThat(extend.extendMemberDeadline(new ExtendMemberDeadlineCommand(desk.helpDesk, taro, "2025/09/15", "入院のため",
                ReviewDesk.CLIENT))).isEqualTo(new ExtendSurveyDeadlineResult.Extended(new SurveyDeadline(LocalDate.of(2025, 9, 15))));
        assertThat(extend.extendMemberDeadline(new ExtendMemberDeadlineCommand(desk.helpDesk, taro, "2025/08/30", "入院のため",
                ReviewDesk.CLIENT))).isEqualTo(new ExtendSurveyDeadlineResult.Invalid("survey.extension.notAfterDeadline"));

        assertThat(told).containsExactly("omron/2025/" + taro.value() + " in transaction");
    }

    @Test
    void theCommandLinesExtensionTellsTheTrackerInItsTransaction() {
        MemberId taro = desk.omron.taro.id();
        var extend = new ExtendSurveyDeadlineService(desk.system.surveyPorts, desk.system.audit, desk.system.clock, transactions,
                tracker);

        assertThat(extend.extendSurveyDeadline(new ExtendSurveyDeadlineCommand("omron", "12", "3456", "2025/09/20", "cli",
                ReviewDesk.CLIENT))).isInstanceOf(ExtendSurveyDeadlineResult.Extended.class);
        assertThat(extend.extendSurveyDeadline(new ExtendSurveyDeadlineCommand("omron", "12", "9999", "2025/09/20", "cli",
                ReviewDesk.CLIENT))).isEqualTo(new ExtendSurveyDeadlineResult.NotFound());

        assertThat(told).containsExactly("omron/2025/" + taro.value() + " in transaction");
    }
}
