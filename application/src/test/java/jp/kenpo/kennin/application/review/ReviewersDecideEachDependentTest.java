package jp.kenpo.kennin.application.review;

import static jp.kenpo.kennin.application.review.ReviewDesk.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import jp.kenpo.kennin.application.mail.MailTemplate;
import jp.kenpo.kennin.application.review.ClaimReviewUseCase.ClaimAction;
import jp.kenpo.kennin.application.review.ClaimReviewUseCase.ClaimReviewCommand;
import jp.kenpo.kennin.application.review.ClaimReviewUseCase.ClaimReviewResult;
import jp.kenpo.kennin.application.review.DecideDependentUseCase.DecideDependentCommand;
import jp.kenpo.kennin.application.review.DecideDependentUseCase.DecideDependentResult;
import jp.kenpo.kennin.application.review.ShowReviewCaseUseCase.ShowReviewCaseCommand;
import jp.kenpo.kennin.application.review.ShowReviewCaseUseCase.ShowReviewCaseResult;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.eligibility.Judgement;
import jp.kenpo.kennin.domain.review.DecisionOutcome;
import jp.kenpo.kennin.domain.review.FourEyesRule;
import jp.kenpo.kennin.domain.review.RemovalReason;
import jp.kenpo.kennin.domain.review.ReviewDecision;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.survey.Question;
import jp.kenpo.kennin.domain.survey.SurveyStatus;
import org.junit.jupiter.api.Test;

/**
 * 佐藤 reviews 山田 太郎's submission: continues the student son, removes the wife who found a job
 * from the day she declared; the last decision queues one result notice with both results. Two decisions on one
 * dependent, a bad loss date, another insurer's reviewer and the help desk are all refused.
 */
class ReviewersDecideEachDependentTest {
    private final ReviewDesk desk = new ReviewDesk().submitted();

    private DecideDependentResult continueSon() {
        return desk.decide.decideDependent(DecideDependentCommand.continuing(desk.sato, desk.member(), desk.son.id(), CLIENT));
    }

    private DecideDependentResult removeWife(String lossDate) {
        return desk.decide.decideDependent(DecideDependentCommand.removing(desk.sato, desk.member(), desk.wife.id(),
                lossDate, RemovalReason.EMPLOYED, CLIENT));
    }

    private SurveyStatus status(jp.kenpo.kennin.domain.dependent.Dependent d) {
        return desk.system.surveyResponses.loadResponse(desk.omron.insurer.code(), 2025, d.id()).orElseThrow().status();
    }

    @Test
    void theReviewScreenShowsAnswersJudgementFilesLastYearsDecisionAndIsAudited() {
        desk.system.reviews.put(ReviewDecision.continuing(desk.omron.insurer.code(), 2024, desk.son.id(), desk.suzuki.id(),
                Instant.parse("2024-09-01T00:00:00Z"), FourEyesRule.NONE));

        var shown = (ShowReviewCaseResult.Shown) desk.show.showReviewCase(new ShowReviewCaseCommand(desk.sato, desk.member(),
                CLIENT));

        ReviewCase c = shown.reviewCase();
        assertThat(c.member().id()).isEqualTo(desk.member());
        assertThat(c.year().fiscalYear()).isEqualTo(2025);
        assertThat(c.fourEyes()).isEqualTo(FourEyesRule.NONE);
        assertThat(c.dependents()).extracting(d -> d.dependent().id()).containsExactly(desk.wife.id(), desk.son.id());
        ReviewedDependent son = c.dependent(desk.son.id()).orElseThrow();
        assertThat(son.response().status()).isEqualTo(SurveyStatus.SUBMITTED);
        assertThat(son.response().answers().raw(Question.SITUATION)).contains("STUDENT");
        assertThat(son.judgement()).get().isInstanceOf(Judgement.class);
        assertThat(son.review().requirements()).isNotEmpty().allSatisfy(r -> assertThat(r.satisfied()).isTrue());
        assertThat(son.files()).hasSize(son.review().requirements().size()).allSatisfy(f -> assertThat(f.rejected()).isFalse());
        assertThat(son.decision()).isEmpty();
        assertThat(son.lastYear()).get().satisfies(d -> assertThat(d.outcome()).isEqualTo(DecisionOutcome.CONTINUE));
        assertThat(c.staffName(desk.suzuki.id())).isEqualTo("鈴木 三郎");
        ReviewedDependent wife = c.dependent(desk.wife.id()).orElseThrow();
        assertThat(wife.response().noLongerEligible()).isPresent();
        assertThat(wife.lastYear()).isEmpty();
        assertThat(desk.system.audit.events()).filteredOn(e -> e.action() == AuditAction.REVIEW_CASE_VIEWED).singleElement()
                .satisfies(e -> {
                    assertThat(e.staffId()).contains(desk.sato.id().value());
                    assertThat(e.memberId()).contains(desk.member().value());
                });
    }

    @Test
    void continuingConfirmsRemovingEndsAndTheLastFinalDecisionQueuesOneNoticeWithBothResults() {
        var continued = (DecideDependentResult.Decided) continueSon();
        assertThat(continued.decision().isFinal()).isTrue();
        assertThat(continued.resultNoticeQueued()).as("the wife is still open").isFalse();
        assertThat(desk.resultNotices.queued()).isEmpty();
        assertThat(status(desk.son)).isEqualTo(SurveyStatus.CONFIRMED);
        int transactions = desk.system.transactions.count();

        var removed = (DecideDependentResult.Decided) removeWife("2025/06/01");

        assertThat(removed.decision().lossDate()).contains(LocalDate.of(2025, 6, 1));
        assertThat(removed.decision().decidedBy()).isEqualTo(desk.sato.id());
        assertThat(removed.resultNoticeQueued()).isTrue();
        assertThat(desk.system.transactions.count()).as("queued in the decision's own transaction").isEqualTo(transactions + 1);
        assertThat(status(desk.wife)).isEqualTo(SurveyStatus.REMOVED);
        assertThat(desk.resultNotices.queued()).singleElement().satisfies(n -> {
            assertThat(n.insurer()).isEqualTo(desk.omron.insurer.code());
            assertThat(n.fiscalYear()).isEqualTo(2025);
            assertThat(n.member()).isEqualTo(desk.member());
            assertThat(n.results()).isEqualTo("山田 花子様：削除（資格喪失日 2025/06/01、理由 就職）\n"
                    + "山田 一郎様：継続（引き続き被扶養者です）");
            assertThat(n.at()).isEqualTo(desk.system.clock.instant());
        });
        assertThat(desk.system.mailer.sent()).as("the outbox worker mails it, not the decision")
                .noneMatch(m -> m.template() == MailTemplate.REVIEW_RESULT);
        assertThat(desk.progressed).containsExactly(desk.member(), desk.member());
        assertThat(desk.system.audit.events()).filteredOn(e -> e.action() == AuditAction.REVIEW_DECIDED)
                .extracting(e -> e.detail()).containsExactly(
                        "dependent=" + desk.son.id().value() + " outcome=CONTINUE state=FINAL",
                        "dependent=" + desk.wife.id().value() + " outcome=REMOVE state=FINAL reason=EMPLOYED lossDate=2025-06-01");
    }

    @Test
    void withTheMailServerDownTheDecisionsStandAndTheNoticeIsQueuedAllTheSame() {
        desk.system.mailer.refuseMail(true);
        continueSon();

        var removed = (DecideDependentResult.Decided) removeWife("2025/06/01");

        assertThat(removed.resultNoticeQueued()).isTrue();
        assertThat(status(desk.son)).isEqualTo(SurveyStatus.CONFIRMED);
        assertThat(status(desk.wife)).isEqualTo(SurveyStatus.REMOVED);
        assertThat(desk.resultNotices.queued()).hasSize(1);
        assertThat(desk.system.mailer.sent()).noneMatch(m -> m.template() == MailTemplate.REVIEW_RESULT);
    }

    @Test
    void theResultNoticeIsQueuedOnceEvenWhenTheCompletedMemberIsCheckedAgain() {
        continueSon();
        removeWife("2025/06/01");
        StaffCase c = StaffCase.of(desk.system.surveyPorts, desk.omron.insurer.code(), desk.member()).orElseThrow();

        ResultNotices notices = new ResultNotices(desk.ports, desk.system.clock);
        boolean again = notices.queueIfComplete(c);
        boolean afterCommit = notices.queueIfCompleteAfterCommit(c);

        assertThat(again).isFalse();
        assertThat(afterCommit).isFalse();
        assertThat(desk.resultNotices.queued()).hasSize(1);
    }

    @Test
    void aMemberCompletedByADecisionThatDidNotSeeTheOtherIsQueuedAfterItsCommit() {
        // The wife's decision is stored by a racing reviewer while the son's transaction runs: the check inside the
        // son's transaction ran before it (simulated by deciding the wife right after), the check after commit sees both.
        continueSon();
        assertThat(desk.resultNotices.queued()).isEmpty();
        desk.system.reviews.put(ReviewDecision.removing(desk.omron.insurer.code(), 2025, desk.wife.id(),
                LocalDate.of(2025, 6, 1), RemovalReason.EMPLOYED, desk.suzuki.id(), desk.system.clock.instant(),
                FourEyesRule.NONE));
        StaffCase c = StaffCase.of(desk.system.surveyPorts, desk.omron.insurer.code(), desk.member()).orElseThrow();

        assertThat(new ResultNotices(desk.ports, desk.system.clock).queueIfCompleteAfterCommit(c)).isTrue();
        assertThat(desk.resultNotices.queued()).singleElement().satisfies(n -> assertThat(n.results()).contains("山田 花子様：削除"));
    }

    @Test
    void aSecondDecisionOnTheSameDependentIsAlreadyDecidedAndChangesNothing() {
        continueSon();

        assertThat(continueSon()).isEqualTo(new DecideDependentResult.AlreadyDecided());
        assertThat(desk.decide.decideDependent(DecideDependentCommand.removing(desk.suzuki, desk.member(), desk.son.id(),
                "2025/06/01", RemovalReason.OTHER, CLIENT))).isEqualTo(new DecideDependentResult.AlreadyDecided());
        assertThat(status(desk.son)).isEqualTo(SurveyStatus.CONFIRMED);
        assertThat(desk.progressed).hasSize(1);
    }

    @Test
    void aRemovalNeedsALossDateBetweenBirthAndTheEndOfTheNextFiscalYearAndAReason() {
        assertThat(removeWife("")).isEqualTo(new DecideDependentResult.Invalid("review.decision.lossDateRequired"));
        assertThat(removeWife("6月1日")).isEqualTo(new DecideDependentResult.Invalid("review.decision.lossDateInvalid"));
        assertThat(removeWife("1982/06/14")).isEqualTo(new DecideDependentResult.Invalid("review.decision.lossDateBeforeBirth"));
        assertThat(removeWife("2027/04/01")).isEqualTo(new DecideDependentResult.Invalid("review.decision.lossDateTooLate"));
        assertThat(desk.decide.decideDependent(new DecideDependentCommand(desk.sato, desk.member(), desk.wife.id(),
                DecisionOutcome.REMOVE, "2025/06/01", Optional.empty(), CLIENT)))
                .isEqualTo(new DecideDependentResult.Invalid("review.decision.reasonRequired"));
        assertThat(desk.decide.decideDependent(new DecideDependentCommand(desk.sato, desk.member(), desk.son.id(),
                DecisionOutcome.CONTINUE, "2025/06/01", Optional.empty(), CLIENT)))
                .isEqualTo(new DecideDependentResult.Invalid("review.decision.continueWithLoss"));
        assertThat(removeWife("２０２７／０３／３１")).isInstanceOf(DecideDependentResult.Decided.class);
        assertThat(desk.system.reviews.decisionsOf(desk.omron.insurer.code(), 2025, java.util.List.of(desk.son.id()))).isEmpty();
    }

    @Test
    void aResponseSentBackIsNotDecided() {
        desk.sendBack.sendBackResponse(new SendBackResponseUseCase.SendBackResponseCommand(desk.sato, desk.member(),
                desk.son.id(), "在学証明書が古いようです。", CLIENT));

        assertThat(continueSon()).isEqualTo(new DecideDependentResult.NotSubmitted());
    }

    @Test
    void anotherInsurersReviewerFindsNeitherTheMemberNorTheDependent() {
        var command = DecideDependentCommand.continuing(desk.kobeReviewer, desk.member(), desk.son.id(), CLIENT);
        assertThat(desk.decide.decideDependent(command)).isEqualTo(new DecideDependentResult.NotFound());
        assertThat(desk.show.showReviewCase(new ShowReviewCaseCommand(desk.kobeReviewer, desk.member(), CLIENT)))
                .isEqualTo(new ShowReviewCaseResult.NotFound());
        assertThat(desk.claim.claimReview(new ClaimReviewCommand(desk.kobeReviewer, desk.member(), ClaimAction.TAKE, CLIENT)))
                .isEqualTo(new ClaimReviewResult.NotFound());
        // kobe's own member does not reach omron's dependents either
        assertThat(desk.decide.decideDependent(DecideDependentCommand.continuing(desk.kobeReviewer, desk.kobeTaro.id(),
                desk.son.id(), CLIENT))).isEqualTo(new DecideDependentResult.NotFound());
        assertThat(status(desk.son)).isEqualTo(SurveyStatus.SUBMITTED);
        assertThat(desk.system.audit.events()).noneMatch(e -> e.action().name().startsWith("REVIEW_"));
    }

    @Test
    void theSubmissionKeptTheEnginesProspectForTheQueue() {
        assertThat(desk.system.surveyResponses.prospectOf(desk.omron.insurer.code(), 2025, desk.wife.id()))
                .contains(jp.kenpo.kennin.domain.review.Prospect.DECLARED_LOSS);
        assertThat(desk.system.surveyResponses.prospectOf(desk.omron.insurer.code(), 2025, desk.son.id()))
                .isPresent().get().isNotEqualTo(jp.kenpo.kennin.domain.review.Prospect.DECLARED_LOSS);
    }

    @Test
    void theHelpDeskMayNotReview() {
        assertThatThrownBy(() -> desk.decide.decideDependent(DecideDependentCommand.continuing(desk.helpDesk, desk.member(),
                desk.son.id(), CLIENT))).isInstanceOf(StaffMayNot.class);
        assertThatThrownBy(() -> desk.show.showReviewCase(new ShowReviewCaseCommand(desk.helpDesk, desk.member(), CLIENT)))
                .isInstanceOf(StaffMayNot.class);
    }

    @Test
    void theLastYearsDecisionIsOnlyOfTheSameDependent() {
        desk.system.reviews.put(ReviewDecision.removing(desk.omron.insurer.code(), 2024, desk.wife.id(),
                LocalDate.of(2024, 5, 1), RemovalReason.MARRIED, new StaffId(99), Instant.parse("2024-09-01T00:00:00Z"),
                FourEyesRule.NONE));
        var shown = (ShowReviewCaseResult.Shown) desk.show.showReviewCase(new ShowReviewCaseCommand(desk.sato, desk.member(),
                CLIENT));
        assertThat(shown.reviewCase().dependent(desk.son.id()).orElseThrow().lastYear()).isEmpty();
        assertThat(shown.reviewCase().dependent(desk.wife.id()).orElseThrow().lastYear()).isPresent();
        assertThat(shown.reviewCase().staffName(new StaffId(99))).isEqualTo("#99");
    }
}
