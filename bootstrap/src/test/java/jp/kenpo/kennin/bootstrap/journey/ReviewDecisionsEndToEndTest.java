package jp.kenpo.kennin.bootstrap.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInCommand;
import jp.kenpo.kennin.application.mailing.DeliverOutboxMailsUseCase;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInResult;
import jp.kenpo.kennin.application.review.ApproveDecisionUseCase.ApproveDecisionCommand;
import jp.kenpo.kennin.application.review.ApproveDecisionUseCase.ApproveDecisionResult;
import jp.kenpo.kennin.application.review.ApproveDecisionUseCase.Verdict;
import jp.kenpo.kennin.application.review.DecideDependentUseCase.DecideDependentCommand;
import jp.kenpo.kennin.application.review.DecideDependentUseCase.DecideDependentResult;
import jp.kenpo.kennin.application.review.ReviewUseCases;
import jp.kenpo.kennin.application.review.ShowReviewCaseUseCase.ShowReviewCaseCommand;
import jp.kenpo.kennin.application.review.ShowReviewCaseUseCase.ShowReviewCaseResult;
import jp.kenpo.kennin.application.roster.DependentRosterRow;
import jp.kenpo.kennin.application.roster.ImportDependentsUseCase.ImportDependentsCommand;
import jp.kenpo.kennin.application.roster.RosterRow;
import jp.kenpo.kennin.application.survey.DeclareNoLongerEligibleUseCase.DeclareNoLongerEligibleCommand;
import jp.kenpo.kennin.application.survey.ListSurveyDependentsUseCase.SurveyDependent;
import jp.kenpo.kennin.application.survey.SubmitSurveyUseCase.SubmitSurveyResult;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.review.FourEyesRule;
import jp.kenpo.kennin.domain.review.RemovalReason;
import jp.kenpo.kennin.domain.staff.StaffRole;
import jp.kenpo.kennin.domain.survey.SurveyStatus;
import org.junit.jupiter.api.Test;

/**
 * Decisions on the production wiring and the embedded database, mails over SMTP: the demo insurer
 * wants a second reviewer for removals; one reviewer continues the wife and removes the son, cannot
 * approve his own removal, a second reviewer approves it, the member gets one result mail with
 * both results and sees them on the main screen.
 */
class ReviewDecisionsEndToEndTest extends BackOfficeEndToEnd {
    private static final String PASSWORD = "Kennin#2026";
    private static final String EMAIL = "kettei.taro@example.com";
    private static final ClientAddress CLIENT = new ClientAddress("192.0.2.90");

    @Test
    void aRemovalApprovedByASecondReviewerCompletesTheMemberWhoGetsOneResultMailAndSeesBothResults() throws Exception {
        RosterRow row = system.addMember("60", "6001", "決定 太郎", "ケッテイ タロウ", "1970/01/01", EMAIL);
        system.wiring.importDependents(new ImportDependentsCommand(OnboardingSystem.INSURER, List.of(
                new DependentRosterRow(2, "60", "6001", "1", "決定 花子", "ケッテイ ハナコ", "1972/02/02", "妻", "女", "同居", ""),
                new DependentRosterRow(3, "60", "6001", "2", "決定 一郎", "ケッテイ イチロウ", "2004/04/04", "長男", "男", "同居", ""))));
        Browser member = system.browser();
        system.registerAndLogIn(member, row, "kettei-taro", PASSWORD);
        var web = system.wiring.webUseCases();
        AccountId account = ((LogInResult.LoggedIn) web.logIn().logIn(new LogInCommand("kettei-taro", PASSWORD, CLIENT)))
                .account();
        List<SurveyDependent> dependents = web.listSurveyDependents().listSurveyDependents(account).dependents();
        assertThat(dependents).hasSize(2);
        for (SurveyDependent d : dependents) {
            web.declareNoLongerEligible().declareNoLongerEligible(new DeclareNoLongerEligibleCommand(account,
                    d.dependent().id(), "2026/10/01", "EMPLOYED_WITH_OWN_INSURANCE", CLIENT));
        }
        assertThat(web.submitSurvey().submitSurvey(account, CLIENT)).isInstanceOf(SubmitSurveyResult.Submitted.class);
        var wife = dependents.get(0).dependent();
        var son = dependents.get(1).dependent();
        MemberId memberId = wife.member();

        BackOfficeStaff.Enrolled operator = staff.operator("ops.kanri");
        BackOfficeStaff.Enrolled admin = staff.staff(operator, OnboardingSystem.INSURER, "admin.demo", StaffRole.ADMINISTRATOR);
        var sato = staff.staff(admin, null, "sato.review", StaffRole.REVIEWER).principal();
        var suzuki = staff.staff(admin, null, "suzuki.review", StaffRole.REVIEWER).principal();
        system.wiring.fourEyes().setFourEyes(sato.insurerCode(), FourEyesRule.REMOVALS);
        ReviewUseCases review = system.wiring.reviewScreen();

        var shown = (ShowReviewCaseResult.Shown) review.show().showReviewCase(new ShowReviewCaseCommand(sato, memberId, CLIENT));
        assertThat(shown.reviewCase().dependents()).hasSize(2);
        assertThat(shown.reviewCase().fourEyes()).isEqualTo(FourEyesRule.REMOVALS);

        var continued = (DecideDependentResult.Decided) review.decide().decideDependent(DecideDependentCommand.continuing(sato,
                memberId, wife.id(), CLIENT));
        assertThat(continued.decision().isFinal()).isTrue();
        var removal = (DecideDependentResult.Decided) review.decide().decideDependent(DecideDependentCommand.removing(sato,
                memberId, son.id(), "2026/10/01", RemovalReason.EMPLOYED, CLIENT));
        assertThat(removal.decision().isFinal()).isFalse();
        assertThat(removal.resultNoticeQueued()).isFalse();
        assertThat(review.decide().decideDependent(DecideDependentCommand.continuing(suzuki, memberId, son.id(), CLIENT)))
                .isEqualTo(new DecideDependentResult.AlreadyDecided());
        assertThat(member.open("/home").body()).contains("確認の結果：継続").doesNotContain("確認の結果：削除");

        assertThat(review.approve().approveDecision(new ApproveDecisionCommand(sato, memberId, son.id(), Verdict.APPROVE,
                CLIENT))).isEqualTo(new ApproveDecisionResult.OwnDecision());
        var approved = (ApproveDecisionResult.Approved) review.approve().approveDecision(new ApproveDecisionCommand(suzuki,
                memberId, son.id(), Verdict.APPROVE, CLIENT));

        assertThat(approved.resultNoticeQueued()).isTrue();
        // The approval queued the notice in the outbox; the worker mails it (here one run by hand, as the job runner would).
        var run = system.wiring.jobServices().deliverOutboxMails().deliverDueMails(
                new DeliverOutboxMailsUseCase.DeliverDueMailsCommand("test-worker", 10, Duration.ofSeconds(10)));
        assertThat(run.sent()).isEqualTo(1);
        String result = OnboardingSystem.body(system.lastMailTo(EMAIL));
        assertThat(system.lastMailTo(EMAIL).getSubject()).contains("被扶養者資格確認調査の結果のお知らせ");
        assertThat(result).contains("決定 花子様：継続（引き続き被扶養者です）",
                "決定 一郎様：削除（資格喪失日 2026/10/01、理由 就職）");
        assertThat(web.listSurveyDependents().listSurveyDependents(account).dependents()).extracting(SurveyDependent::status)
                .containsExactly(SurveyStatus.CONFIRMED, SurveyStatus.REMOVED);
        assertThat(member.open("/home").body()).contains("確認の結果：継続（引き続き被扶養者です）",
                "確認の結果：削除（資格喪失日 2026年10月1日", "理由 就職）", ">確認完了</strong>", ">削除決定</strong>");
        assertThat(Optional.of(approved.decision().approvedBy())).contains(Optional.of(suzuki.id()));
    }
}
