package jp.kenpo.kennin.application.review;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.survey.DependentReview;
import jp.kenpo.kennin.application.survey.StaffReviews;
import jp.kenpo.kennin.application.survey.SurveyDocument;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.review.ExtraDocumentRequest;
import jp.kenpo.kennin.domain.review.FileRejection;
import jp.kenpo.kennin.domain.review.ReviewDecision;
import jp.kenpo.kennin.domain.staff.StaffId;

public final class ShowReviewCaseService implements ShowReviewCaseUseCase {
    private final ReviewPorts ports;
    private final StaffReviews reviews;
    private final AuditTrail audit;

    public ShowReviewCaseService(ReviewPorts ports, RecordAuditPort audit, Clock clock) {
        this.ports = ports;
        this.reviews = new StaffReviews(ports.survey());
        this.audit = new AuditTrail(audit, clock);
    }

    @Override
    public ShowReviewCaseResult showReviewCase(ShowReviewCaseCommand command) {
        Optional<StaffCase> found = ReviewScope.caseOf(ports, command.staff(), command.member());
        if (found.isEmpty()) {
            return new ShowReviewCaseResult.NotFound();
        }
        StaffCase c = found.get();
        List<Dependent> inScope = ReviewScope.inScope(ports, c);
        List<DependentId> ids = inScope.stream().map(Dependent::id).toList();
        int year = c.year().fiscalYear();
        List<DependentReview> read = reviews.reviewsOf(command.staff(), c.insurer(), c.member(), c.year(), inScope);
        Map<DependentId, List<ExtraDocumentRequest>> extras = ports.survey().reviewOutcomes()
                .extraRequestsOf(c.year().insurer(), year, ids).stream()
                .collect(Collectors.groupingBy(ExtraDocumentRequest::dependent));
        Map<DependentId, ReviewDecision> decisions = byDependent(ports.decisions().decisionsOf(c.year().insurer(), year, ids));
        Map<DependentId, ReviewDecision> lastYear = byDependent(ports.decisions().decisionsOf(c.year().insurer(), year - 1,
                ids));
        List<ReviewedDependent> dependents = read.stream().map(r -> new ReviewedDependent(r,
                extras.getOrDefault(r.dependent().id(), List.of()), Optional.ofNullable(decisions.get(r.dependent().id())),
                Optional.ofNullable(lastYear.get(r.dependent().id())))).toList();
        Optional<ReviewClaim> claim = ports.claims().claimOf(c.year().insurer(), year, c.member().id());
        ReviewCase reviewCase = new ReviewCase(c.member(), c.year(),
                ports.survey().responses().memberIncome(c.member().id(), year), dependents, claim,
                ports.fourEyes().fourEyesOf(c.year().insurer()), names(dependents, claim));
        audit.staffOnMember(AuditAction.REVIEW_CASE_VIEWED, command.staff(), c.member(), command.client(), "");
        return new ShowReviewCaseResult.Shown(reviewCase);
    }

    private static Map<DependentId, ReviewDecision> byDependent(List<ReviewDecision> decisions) {
        return decisions.stream().collect(Collectors.toMap(ReviewDecision::dependent, Function.identity()));
    }

    /** Every staff member the screen names, looked up once each. */
    private Map<StaffId, String> names(List<ReviewedDependent> dependents, Optional<ReviewClaim> claim) {
        Set<StaffId> ids = new LinkedHashSet<>();
        claim.ifPresent(cl -> ids.add(cl.by()));
        for (ReviewedDependent d : dependents) {
            for (ReviewDecision decision : List.of(d.decision(), d.lastYear()).stream().flatMap(Optional::stream).toList()) {
                ids.add(decision.decidedBy());
                decision.approvedBy().ifPresent(ids::add);
            }
            d.files().stream().map(SurveyDocument::rejection).flatMap(Optional::stream).map(FileRejection::by)
                    .forEach(ids::add);
            d.extraRequests().forEach(e -> ids.add(e.requestedBy()));
        }
        Map<StaffId, String> names = new HashMap<>();
        for (StaffId id : ids) {
            ports.staff().findStaff(id).ifPresent(s -> names.put(id, s.displayName()));
        }
        return names;
    }
}
