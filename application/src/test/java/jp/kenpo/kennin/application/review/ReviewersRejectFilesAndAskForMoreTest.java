package jp.kenpo.kennin.application.review;

import static jp.kenpo.kennin.application.review.ReviewDesk.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import jp.kenpo.kennin.application.mail.MailTemplate;
import jp.kenpo.kennin.application.review.RejectDocumentUseCase.RejectDocumentCommand;
import jp.kenpo.kennin.application.review.RejectDocumentUseCase.RejectDocumentResult;
import jp.kenpo.kennin.application.review.RequestExtraDocumentUseCase.RequestExtraDocumentCommand;
import jp.kenpo.kennin.application.review.RequestExtraDocumentUseCase.RequestExtraDocumentResult;
import jp.kenpo.kennin.application.review.ReturnSurveyResponseUseCase.ReturnSurveyResponseResult;
import jp.kenpo.kennin.application.review.SendBackResponseUseCase.SendBackResponseCommand;
import jp.kenpo.kennin.application.survey.DeleteSurveyDocumentUseCase.DeleteSurveyDocumentResult;
import jp.kenpo.kennin.application.survey.DependentReview;
import jp.kenpo.kennin.application.survey.SubmitSurveyUseCase.SubmitSurveyResult;
import jp.kenpo.kennin.application.survey.SurveyDocument;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.eligibility.DocumentKind;
import jp.kenpo.kennin.domain.review.DocumentRejectionReason;
import jp.kenpo.kennin.domain.survey.SurveyResponse;
import jp.kenpo.kennin.domain.survey.SurveyStatus;
import org.junit.jupiter.api.Test;

/**
 * 佐藤 refuses one of 一郎's files because it shows the My Number: the submission goes back to
 * 山田 太郎 naming the file and why, the file no longer counts, he deletes it, uploads another and
 * submits again. 佐藤 also asks for one more document, which the checklist then needs.
 */
class ReviewersRejectFilesAndAskForMoreTest {
    private final ReviewDesk desk = new ReviewDesk().submitted();

    private SurveyDocument sonsFirstFile() {
        return desk.sonsChecklist().allDocuments().get(0);
    }

    private SurveyResponse sonsResponse() {
        return desk.system.surveyResponses.loadResponse(desk.omron.insurer.code(), 2025, desk.son.id()).orElseThrow();
    }

    private RejectDocumentResult reject(SurveyDocument file, Optional<String> message) {
        return desk.reject.rejectDocument(new RejectDocumentCommand(desk.sato, desk.member(), file.id(),
                DocumentRejectionReason.SHOWS_MY_NUMBER, message, CLIENT));
    }

    @Test
    void aRejectedFileSendsTheSubmittedResponseBackNamingTheFileAndWhy() {
        SurveyDocument file = sonsFirstFile();

        assertThat(reject(file, Optional.of("裏面は不要です。"))).isEqualTo(new RejectDocumentResult.Rejected(true, true));

        SurveyResponse response = sonsResponse();
        assertThat(response.status()).isEqualTo(SurveyStatus.RETURNED);
        assertThat(response.returnReason()).contains("提出されたファイル「" + file.fileName()
                + "」は受け付けられませんでした（マイナンバーが写っている）。削除して、あらためてアップロードしてください。裏面は不要です。");
        assertThat(desk.system.surveyResponses.returnedCount(desk.omron.insurer.code(), 2025, desk.son.id())).isEqualTo(1);
        assertThat(desk.system.mailer.last().template()).isEqualTo(MailTemplate.SURVEY_RETURNED);
        assertThat(desk.progressed).containsExactly(desk.member());
        assertThat(desk.system.audit.actions()).contains(AuditAction.REVIEW_DOCUMENT_REJECTED);
        DependentReview checklist = desk.sonsChecklist();
        assertThat(checklist.outstanding()).containsExactly(file.kind());
        assertThat(checklist.rejectedDocuments()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo(file.id());
            assertThat(f.rejection()).get().satisfies(r -> {
                assertThat(r.reason()).isEqualTo(DocumentRejectionReason.SHOWS_MY_NUMBER);
                assertThat(r.by()).isEqualTo(desk.sato.id());
            });
        });
    }

    @Test
    void theMemberReplacesTheRejectedFileAndSubmitsAgain() {
        SurveyDocument file = sonsFirstFile();
        reject(file, Optional.empty());
        assertThat(desk.system.submitSurvey.submitSurvey(desk.taro.id(), CLIENT)).isInstanceOf(SubmitSurveyResult.Incomplete.class);

        assertThat(desk.system.deleteSurveyDocument.deleteSurveyDocument(desk.taro.id(), file.id(), CLIENT))
                .isEqualTo(new DeleteSurveyDocumentResult.Deleted(desk.son.id()));
        desk.upload(file.kind(), "IMG_9999.jpg");
        desk.resubmit();

        assertThat(sonsResponse().status()).isEqualTo(SurveyStatus.SUBMITTED);
        assertThat(desk.sonsChecklist().rejectedDocuments()).isEmpty();
    }

    @Test
    void aFileIsRejectedOnceAndARejectionOfAReturnedResponseLeavesItReturned() {
        SurveyDocument first = sonsFirstFile();
        SurveyDocument second = desk.sonsChecklist().allDocuments().get(1);
        reject(first, Optional.empty());

        assertThat(reject(first, Optional.empty())).isEqualTo(new RejectDocumentResult.AlreadyRejected());
        assertThat(reject(second, Optional.empty())).isEqualTo(new RejectDocumentResult.Rejected(false, false));
        assertThat(desk.system.surveyResponses.returnedCount(desk.omron.insurer.code(), 2025, desk.son.id())).isEqualTo(1);
    }

    @Test
    void aFileOfADecidedResponseCannotBeRejected() {
        desk.decide.decideDependent(DecideDependentUseCase.DecideDependentCommand.continuing(desk.sato, desk.member(),
                desk.son.id(), CLIENT));

        assertThat(reject(sonsFirstFile(), Optional.empty())).isEqualTo(new RejectDocumentResult.NotReviewable());
        assertThat(sonsFirstFile().rejected()).isFalse();
    }

    @Test
    void anotherInsurersReviewerCannotRejectTheFile() {
        assertThat(desk.reject.rejectDocument(new RejectDocumentCommand(desk.kobeReviewer, desk.kobeTaro.id(),
                sonsFirstFile().id(), DocumentRejectionReason.UNREADABLE, Optional.empty(), CLIENT)))
                .isEqualTo(new RejectDocumentResult.NotFound());
        assertThat(sonsFirstFile().rejected()).isFalse();
    }

    @Test
    void aTooLongMessageIsRefused() {
        assertThat(reject(sonsFirstFile(), Optional.of("あ".repeat(501))))
                .isEqualTo(new RejectDocumentResult.Invalid("review.rejection.messageTooLong"));
    }

    @Test
    void anExtraDocumentIsALineOfTheChecklistUntilAFileOfThatKindIsUploadedAfterTheRequest() {
        desk.system.clock.advance(Duration.ofHours(1));

        assertThat(desk.requestExtra.requestExtraDocument(new RequestExtraDocumentCommand(desk.sato, desk.member(),
                desk.son.id(), DocumentKind.REMITTANCE_PROOF, "直近3か月分の送金記録をお願いします。", CLIENT)))
                .isEqualTo(new RequestExtraDocumentResult.Requested(true, true));

        SurveyResponse response = sonsResponse();
        assertThat(response.status()).isEqualTo(SurveyStatus.RETURNED);
        assertThat(response.returnReason().orElseThrow()).contains("直近3か月分の送金記録をお願いします。");
        DependentReview checklist = desk.sonsChecklist();
        assertThat(checklist.requirements()).filteredOn(r -> r.extraRequest().isPresent()).singleElement()
                .satisfies(r -> {
                    assertThat(r.kind()).isEqualTo(DocumentKind.REMITTANCE_PROOF);
                    assertThat(r.satisfied()).as("the earlier remittance file does not answer it").isFalse();
                });
        assertThat(desk.system.submitSurvey.submitSurvey(desk.taro.id(), CLIENT)).isInstanceOf(SubmitSurveyResult.Incomplete.class);

        desk.system.clock.advance(Duration.ofMinutes(5));
        desk.upload(DocumentKind.REMITTANCE_PROOF, "送金記録.jpg");

        assertThat(desk.sonsChecklist().outstanding()).isEmpty();
        desk.resubmit();
        assertThat(desk.system.audit.actions()).contains(AuditAction.REVIEW_EXTRA_DOCUMENT_REQUESTED);
    }

    @Test
    void anExtraDocumentNeedsANoteAndAResponseWithStaff() {
        assertThat(desk.requestExtra.requestExtraDocument(new RequestExtraDocumentCommand(desk.sato, desk.member(),
                desk.son.id(), DocumentKind.REMITTANCE_PROOF, " ", CLIENT)))
                .isEqualTo(new RequestExtraDocumentResult.Invalid("review.extra.noteRequired"));
        desk.decide.decideDependent(DecideDependentUseCase.DecideDependentCommand.continuing(desk.sato, desk.member(),
                desk.son.id(), CLIENT));
        assertThat(desk.requestExtra.requestExtraDocument(new RequestExtraDocumentCommand(desk.sato, desk.member(),
                desk.son.id(), DocumentKind.REMITTANCE_PROOF, "送金記録", CLIENT)))
                .isEqualTo(new RequestExtraDocumentResult.NotReviewable());
    }

    @Test
    void aReviewersSendBackReturnsTheResponseWithTheMessageAndMailsTheMember() {
        var result = desk.sendBack.sendBackResponse(new SendBackResponseCommand(desk.sato, desk.member(), desk.son.id(),
                "在学証明書の日付が古いようです。", CLIENT));

        assertThat(result).isEqualTo(new ReturnSurveyResponseResult.Returned(true));
        assertThat(sonsResponse().returnReason()).contains("在学証明書の日付が古いようです。");
        assertThat(desk.system.surveyResponses.returnedCount(desk.omron.insurer.code(), 2025, desk.son.id())).isEqualTo(1);
        assertThat(desk.progressed).containsExactly(desk.member());
        assertThat(desk.sendBack.sendBackResponse(new SendBackResponseCommand(desk.sato, desk.member(), desk.son.id(),
                "もう一度", CLIENT))).isEqualTo(new ReturnSurveyResponseResult.NotSubmitted());
        assertThat(desk.system.audit.actions()).containsOnlyOnce(AuditAction.REVIEW_SENT_BACK);
    }
}
