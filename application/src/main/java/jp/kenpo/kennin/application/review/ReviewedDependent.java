package jp.kenpo.kennin.application.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.application.survey.DependentReview;
import jp.kenpo.kennin.application.survey.SurveyDocument;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.eligibility.Judgement;
import jp.kenpo.kennin.domain.review.ExtraDocumentRequest;
import jp.kenpo.kennin.domain.review.ReviewDecision;
import jp.kenpo.kennin.domain.survey.SurveyResponse;

/**
 * One dependent on the review screen.
 *
 * @param review        the same reading the member's pages use: the response (answers via
 *                      {@code response().answers().raw(question)}), the judgement with its reasons and
 *                      documents, and the checklist with the files under each requirement
 * @param extraRequests 追加書類依頼 staff made this year, oldest first
 * @param decision      the current decision (pending approval or final), if any
 * @param lastYear      last survey year's decision on the same dependent, if there was one
 */
public record ReviewedDependent(DependentReview review, List<ExtraDocumentRequest> extraRequests,
                                Optional<ReviewDecision> decision, Optional<ReviewDecision> lastYear) {
    public ReviewedDependent {
        Objects.requireNonNull(review);
        extraRequests = List.copyOf(extraRequests);
        Objects.requireNonNull(decision);
        Objects.requireNonNull(lastYear);
    }

    public Dependent dependent() {
        return review.dependent();
    }

    public SurveyResponse response() {
        return review.response();
    }

    public Optional<Judgement> judgement() {
        return review.judgement();
    }

    /** Every uploaded file once, oldest first, rejected ones included ({@link SurveyDocument#rejection()}). */
    public List<SurveyDocument> files() {
        Map<Object, SurveyDocument> byId = new LinkedHashMap<>();
        review.allDocuments().stream()
                .sorted(java.util.Comparator.comparing(SurveyDocument::uploadedAt))
                .forEach(f -> byId.putIfAbsent(f.id(), f));
        return List.copyOf(byId.values());
    }
}
