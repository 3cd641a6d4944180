package jp.kenpo.kennin.application.review;

import static jp.kenpo.kennin.application.review.ReviewDesk.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

import jp.kenpo.kennin.application.mail.MailTemplate;
import jp.kenpo.kennin.application.review.ApproveDecisionUseCase.ApproveDecisionCommand;
import jp.kenpo.kennin.application.review.ApproveDecisionUseCase.ApproveDecisionResult;
import jp.kenpo.kennin.application.review.ApproveDecisionUseCase.Verdict;
import jp.kenpo.kennin.application.review.DecideDependentUseCase.DecideDependentCommand;
import jp.kenpo.kennin.application.review.DecideDependentUseCase.DecideDependentResult;
import jp.kenpo.kennin.application.review.ShowReviewCaseUseCase.ShowReviewCaseCommand;
import jp.kenpo.kennin.application.review.ShowReviewCaseUseCase.ShowReviewCaseResult;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.review.DecisionState;
import jp.kenpo.kennin.domain.review.FourEyesRule;
import jp.kenpo.kennin.domain.review.RemovalReason;
import jp.kenpo.kennin.domain.survey.SurveyStatus;
import org.junit.jupiter.api.Test;

/**
 * omron wants a second reviewer for every removal: 佐藤's removal of 花子 waits, 佐藤 cannot approve
 * it himself, 鈴木 approves it and the response becomes 削除決定; or 鈴木 sends it back to 佐藤.
 */
class FourEyesApprovalTest {
    private final ReviewDesk desk = new ReviewDesk().submitted();

    FourEyesApprovalTest() {
        desk.system.reviews.setFourEyes(desk.omron.insurer.code(), FourEyesRule.REMOVALS);
    }

    private DecideDependentResult removeWife() {
        return desk.decide.decideDependent(DecideDependentCommand.removing(desk.sato, desk.member(), desk.wife.id(),
                "2025/06/01", RemovalReason.EMPLOYED, CLIENT));
    }

    private ApproveDecisionResult verdict(jp.kenpo.kennin.application.staff.SignedInStaff by, Verdict verdict) {
        return desk.approve.approveDecision(new ApproveDecisionCommand(by, desk.member(), desk.wife.id(), verdict, CLIENT));
    }

    private SurveyStatus wifeStatus() {
        return desk.system.surveyResponses.loadResponse(desk.omron.insurer.code(), 2025, desk.wife.id()).orElseThrow().status();
    }

    @Test
    void aRemovalWaitsForApprovalAndTheResponseStaysSubmitted() {
        var decided = (DecideDependentResult.Decided) removeWife();

        assertThat(decided.decision().state()).isEqualTo(DecisionState.PENDING_APPROVAL);
        assertThat(wifeStatus()).isEqualTo(SurveyStatus.SUBMITTED);
        assertThat(desk.progressed).containsExactly(desk.member());
        var shown = (ShowReviewCaseResult.Shown) desk.show.showReviewCase(new ShowReviewCaseCommand(desk.suzuki,
                desk.member(), CLIENT));
        assertThat(shown.reviewCase().fourEyes()).isEqualTo(FourEyesRule.REMOVALS);
        assertThat(shown.reviewCase().dependent(desk.wife.id()).orElseThrow().decision()).get()
                .satisfies(d -> assertThat(d.isFinal()).isFalse());
        assertThat(shown.reviewCase().staffName(desk.sato.id())).isEqualTo("佐藤 次郎");
    }

    @Test
    void theDeciderCannotApproveTheirOwnRemoval() {
        removeWife();

        assertThat(verdict(desk.sato, Verdict.APPROVE)).isEqualTo(new ApproveDecisionResult.OwnDecision());
        assertThat(wifeStatus()).isEqualTo(SurveyStatus.SUBMITTED);
    }

    @Test
    void aSecondReviewersApprovalMakesItFinalAndTheLastOneQueuesTheResultNotice() {
        desk.decide.decideDependent(DecideDependentCommand.continuing(desk.sato, desk.member(), desk.son.id(), CLIENT));
        removeWife();

        var approved = (ApproveDecisionResult.Approved) verdict(desk.suzuki, Verdict.APPROVE);

        assertThat(approved.decision().approvedBy()).contains(desk.suzuki.id());
        assertThat(approved.decision().isFinal()).isTrue();
        assertThat(approved.resultNoticeQueued()).isTrue();
        assertThat(wifeStatus()).isEqualTo(SurveyStatus.REMOVED);
        assertThat(desk.resultNotices.queued()).singleElement()
                .satisfies(n -> assertThat(n.results()).startsWith("山田 花子様：削除（資格喪失日 2025/06/01"));
        assertThat(desk.system.mailer.sent()).noneMatch(m -> m.template() == MailTemplate.REVIEW_RESULT);
        assertThat(verdict(desk.suzuki, Verdict.APPROVE)).isEqualTo(new ApproveDecisionResult.NotPending());
        assertThat(desk.system.audit.actions()).contains(AuditAction.REVIEW_APPROVED);
    }

    @Test
    void aPendingRemovalQueuesNoNotice() {
        desk.decide.decideDependent(DecideDependentCommand.continuing(desk.sato, desk.member(), desk.son.id(), CLIENT));

        var decided = (DecideDependentResult.Decided) removeWife();

        assertThat(decided.resultNoticeQueued()).isFalse();
        assertThat(desk.resultNotices.queued()).isEmpty();
    }

    @Test
    void sentBackToTheDeciderThePendingDecisionIsGoneAndTheDependentCanBeDecidedAgain() {
        removeWife();

        assertThat(verdict(desk.suzuki, Verdict.SEND_BACK_TO_DECIDER)).isEqualTo(new ApproveDecisionResult.SentBackToDecider());

        assertThat(desk.system.reviews.loadDecision(desk.omron.insurer.code(), 2025, desk.wife.id())).isEmpty();
        assertThat(wifeStatus()).isEqualTo(SurveyStatus.SUBMITTED);
        assertThat(verdict(desk.suzuki, Verdict.APPROVE)).isEqualTo(new ApproveDecisionResult.NotPending());
        assertThat(removeWife()).isInstanceOf(DecideDependentResult.Decided.class);
        assertThat(desk.system.audit.actions()).contains(AuditAction.REVIEW_APPROVAL_REFUSED);
    }

    @Test
    void aResponseSentBackWhileItsRemovalWaitsLosesThePendingRemoval() {
        removeWife();
        desk.sendBack.sendBackResponse(new SendBackResponseUseCase.SendBackResponseCommand(desk.suzuki, desk.member(),
                desk.wife.id(), "就職日の分かる書類をお願いします。", CLIENT));

        assertThat(verdict(desk.suzuki, Verdict.APPROVE)).isEqualTo(new ApproveDecisionResult.NotPending());
        assertThat(desk.system.reviews.loadDecision(desk.omron.insurer.code(), 2025, desk.wife.id())).isEmpty();
        assertThat(wifeStatus()).isEqualTo(SurveyStatus.RETURNED);
    }

    @Test
    void underTheRemovalsRuleAContinuationIsFinalAtOnce() {
        var decided = (DecideDependentResult.Decided) desk.decide.decideDependent(DecideDependentCommand.continuing(
                desk.sato, desk.member(), desk.son.id(), CLIENT));

        assertThat(decided.decision().isFinal()).isTrue();
        assertThat(desk.approve.approveDecision(new ApproveDecisionCommand(desk.suzuki, desk.member(), desk.son.id(),
                Verdict.APPROVE, CLIENT))).isEqualTo(new ApproveDecisionResult.NotPending());
    }
}
