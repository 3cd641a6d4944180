package jp.kenpo.kennin.application.review;

import java.util.Objects;

/** Everything the review screen calls, wired once in bootstrap and handed to the staff web. */
public record ReviewUseCases(ShowReviewCaseUseCase show, ClaimReviewUseCase claim, DecideDependentUseCase decide,
                             ApproveDecisionUseCase approve, RejectDocumentUseCase rejectDocument,
                             RequestExtraDocumentUseCase requestExtraDocument, SendBackResponseUseCase sendBack) {
    public ReviewUseCases {
        Objects.requireNonNull(show);
        Objects.requireNonNull(claim);
        Objects.requireNonNull(decide);
        Objects.requireNonNull(approve);
        Objects.requireNonNull(rejectDocument);
        Objects.requireNonNull(requestExtraDocument);
        Objects.requireNonNull(sendBack);
    }
}
