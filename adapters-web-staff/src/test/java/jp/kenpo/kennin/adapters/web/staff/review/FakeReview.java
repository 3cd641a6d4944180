package jp.kenpo.kennin.adapters.web.staff.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.application.document.DocumentRenditionPort;
import jp.kenpo.kennin.application.document.DocumentType;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.application.review.ApproveDecisionUseCase;
import jp.kenpo.kennin.application.review.ClaimReviewUseCase;
import jp.kenpo.kennin.application.review.CountDocumentPagesUseCase;
import jp.kenpo.kennin.application.review.DecideDependentUseCase;
import jp.kenpo.kennin.application.review.RejectDocumentUseCase;
import jp.kenpo.kennin.application.review.RequestExtraDocumentUseCase;
import jp.kenpo.kennin.application.review.ReturnSurveyResponseUseCase.ReturnSurveyResponseResult;
import jp.kenpo.kennin.application.review.ReviewCase;
import jp.kenpo.kennin.application.review.ReviewClaim;
import jp.kenpo.kennin.application.review.ReviewUseCases;
import jp.kenpo.kennin.application.review.ReviewedDependent;
import jp.kenpo.kennin.application.review.SendBackResponseUseCase;
import jp.kenpo.kennin.application.review.ShowReviewCaseUseCase;
import jp.kenpo.kennin.application.review.ViewDocumentRenditionUseCase;
import jp.kenpo.kennin.application.helpdesk.HelpDesk;
import jp.kenpo.kennin.application.survey.DependentReview;
import jp.kenpo.kennin.application.survey.SurveyDocument;
import jp.kenpo.kennin.domain.eligibility.DocumentKind;
import jp.kenpo.kennin.domain.eligibility.Judgement;
import jp.kenpo.kennin.domain.eligibility.Reason;
import jp.kenpo.kennin.domain.eligibility.RequiredDocument;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.review.DocumentRejectionReason;
import jp.kenpo.kennin.domain.review.FileRejection;
import jp.kenpo.kennin.domain.review.FourEyesRule;
import jp.kenpo.kennin.domain.review.RemovalReason;
import jp.kenpo.kennin.domain.review.ReviewDecision;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.survey.Question;
import jp.kenpo.kennin.domain.survey.SurveyAnswers;
import jp.kenpo.kennin.domain.survey.SurveyResponse;
import jp.kenpo.kennin.domain.survey.SurveyStatus;
import jp.kenpo.kennin.domain.survey.YenAmount;

/**
 * 山田 太郎's submission as the review use cases would show it, and every review use case as a fake
 * that records what it was asked and answers what the test set: the wife (花子) submitted with a
 * salary that needs review, a photo and a two-page PDF, one earlier photo rejected; last year she
 * was confirmed by 佐藤.
 */
final class FakeReview {
    static final StaffId SATO = new StaffId(7);
    static final StoredDocument.Id PHOTO = new StoredDocument.Id("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    static final StoredDocument.Id PDF = new StoredDocument.Id("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
    static final StoredDocument.Id OLD_PHOTO = new StoredDocument.Id("cccccccccccccccccccccccccccccccc");

    final HelpDesk desk = new HelpDesk();
    final MemberId taro = desk.omron.taro.id();
    final List<Object> commands = new ArrayList<>();
    Optional<ReviewDecision> decision = Optional.empty();
    Optional<ReviewClaim> claim = Optional.empty();
    Object next;

    ReviewCase reviewCase() {
        var code = desk.omron.insurer.code();
        var year = desk.system.surveyYears.loadSurveyYear(code, 2025).orElseThrow();
        SurveyAnswers answers = SurveyAnswers.read(Map.of(Question.LIVING, "TOGETHER", Question.RESIDENCE, "IN_JAPAN",
                Question.SITUATION, "WORKING_UNDER_THE_LIMIT", Question.SALARY, "1250000", Question.EMPLOYMENT_CHANGED, "no",
                Question.OTHER_HEALTH_INSURANCE, "no", Question.DISABLED, "no")).answers();
        SurveyResponse response = new SurveyResponse(code, 2025, desk.wife.id(), SurveyStatus.SUBMITTED, answers,
                Optional.empty(), Optional.empty());
        Instant at = Instant.parse("2025-07-20T01:00:00Z");
        SurveyDocument photo = file(PHOTO, DocumentType.JPEG, DocumentKind.values()[0], "給与明細.jpg", at);
        SurveyDocument pdf = file(PDF, DocumentType.PDF, DocumentKind.values()[0], "源泉徴収票.pdf", at.plusSeconds(60));
        SurveyDocument rejected = file(OLD_PHOTO, DocumentType.JPEG, DocumentKind.values()[0], "ぼやけた写真.jpg",
                at.minusSeconds(3600)).rejectedBecause(new FileRejection(DocumentRejectionReason.UNREADABLE, SATO,
                at.minusSeconds(1800)));
        Judgement judgement = Judgement.of(List.of(Reason.review("eligibility.income.atLeastHalfOfMember", 1_250_000L,
                2_000_000L)), List.of(new RequiredDocument(DocumentKind.values()[0], 1)));
        DependentReview review = new DependentReview(desk.wife, response, Optional.of(new YenAmount(2_000_000)), List.of(),
                Optional.of(judgement), List.of(new DependentReview.Requirement(DocumentKind.values()[0], 1,
                List.of(photo, pdf))), List.of(rejected));
        ReviewDecision lastYear = new ReviewDecision(code, 2024, desk.wife.id(),
                jp.kenpo.kennin.domain.review.DecisionOutcome.CONTINUE, Optional.empty(), Optional.empty(), SATO,
                Instant.parse("2024-09-01T01:00:00Z"), jp.kenpo.kennin.domain.review.DecisionState.FINAL, Optional.empty(),
                Optional.empty());
        return new ReviewCase(desk.omron.taro, year, Optional.of(new YenAmount(2_000_000)),
                List.of(new ReviewedDependent(review, List.of(), decision, Optional.of(lastYear))), claim,
                FourEyesRule.REMOVALS, Map.of(SATO, "佐藤 花子"));
    }

    private SurveyDocument file(StoredDocument.Id id, DocumentType type, DocumentKind kind, String name, Instant at) {
        return new SurveyDocument(new StoredDocument(id, type, 100, "00"), desk.omron.insurer.code(), 2025, desk.wife.id(),
                kind, name, at);
    }

    /** A pending removal by {@code decider}. */
    void pendingRemovalBy(StaffId decider) {
        decision = Optional.of(ReviewDecision.removing(desk.omron.insurer.code(), 2025, desk.wife.id(),
                LocalDate.of(2025, 4, 1), RemovalReason.INCOME_OVER_LIMIT, decider, Instant.parse("2025-07-21T01:00:00Z"),
                FourEyesRule.REMOVALS));
    }

    @SuppressWarnings("unchecked")
    private <T> T answer(Object command, T otherwise) {
        commands.add(command);
        T result = next != null ? (T) next : otherwise;
        next = null;
        return result;
    }

    private boolean ours(MemberId member) {
        return member.equals(taro);
    }

    ReviewUseCases useCases() {
        ShowReviewCaseUseCase show = c -> c.member().equals(taro) && c.staff().insurer().map(i -> i.value().equals("omron"))
                .orElse(false) ? new ShowReviewCaseUseCase.ShowReviewCaseResult.Shown(reviewCase())
                : new ShowReviewCaseUseCase.ShowReviewCaseResult.NotFound();
        ClaimReviewUseCase claimCase = c -> answer(c, ours(c.member()) ? new ClaimReviewUseCase.ClaimReviewResult.Taken(
                Instant.parse("2025-07-22T01:00:00Z")) : new ClaimReviewUseCase.ClaimReviewResult.NotFound());
        DecideDependentUseCase decide = c -> answer(c, ours(c.member()) ? new DecideDependentUseCase.DecideDependentResult.Decided(
                ReviewDecision.continuing(desk.omron.insurer.code(), 2025, c.dependent(), c.staff().id(), Instant.now(),
                        FourEyesRule.REMOVALS), false) : new DecideDependentUseCase.DecideDependentResult.NotFound());
        ApproveDecisionUseCase approve = c -> answer(c, ours(c.member())
                ? new ApproveDecisionUseCase.ApproveDecisionResult.SentBackToDecider()
                : new ApproveDecisionUseCase.ApproveDecisionResult.NotFound());
        RejectDocumentUseCase reject = c -> answer(c, ours(c.member()) ? new RejectDocumentUseCase.RejectDocumentResult.Rejected(
                true, true) : new RejectDocumentUseCase.RejectDocumentResult.NotFound());
        RequestExtraDocumentUseCase extra = c -> answer(c, ours(c.member())
                ? new RequestExtraDocumentUseCase.RequestExtraDocumentResult.Requested(false, false)
                : new RequestExtraDocumentUseCase.RequestExtraDocumentResult.NotFound());
        SendBackResponseUseCase sendBack = c -> answer(c, ours(c.member()) ? new ReturnSurveyResponseResult.Returned(true)
                : new ReturnSurveyResponseResult.NotFound());
        return new ReviewUseCases(show, claimCase, decide, approve, reject, extra, sendBack);
    }

    ViewDocumentRenditionUseCase renditions() {
        return c -> {
            commands.add(c);
            if (!ours(c.member()) || !c.staff().insurer().map(i -> i.value().equals("omron")).orElse(false)) {
                return new ViewDocumentRenditionUseCase.ViewDocumentRenditionResult.NotFound();
            }
            if (c.document().equals(PDF)) {
                return c.page() <= 2 ? new ViewDocumentRenditionUseCase.ViewDocumentRenditionResult.Shown(
                        new DocumentRenditionPort.PageImage(PNG, "image/png", 2))
                        : new ViewDocumentRenditionUseCase.ViewDocumentRenditionResult.NoSuchPage(2);
            }
            if (c.document().equals(OLD_PHOTO)) {
                return new ViewDocumentRenditionUseCase.ViewDocumentRenditionResult.CannotDisplay(
                        DocumentRenditionPort.Reason.UNREADABLE);
            }
            return new ViewDocumentRenditionUseCase.ViewDocumentRenditionResult.Shown(
                    new DocumentRenditionPort.PageImage(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}, "image/jpeg", 1));
        };
    }

    CountDocumentPagesUseCase pageCounts() {
        return c -> {
            Map<StoredDocument.Id, DocumentRenditionPort.PageCount> counts = new java.util.LinkedHashMap<>();
            for (StoredDocument.Id id : c.documents()) {
                counts.put(id, id.equals(PDF) ? new DocumentRenditionPort.Pages(2) : new DocumentRenditionPort.Pages(1));
            }
            return counts;
        };
    }

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0};
}
