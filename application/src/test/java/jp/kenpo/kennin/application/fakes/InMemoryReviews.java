package jp.kenpo.kennin.application.fakes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.application.review.DocumentRejectionPort;
import jp.kenpo.kennin.application.review.FourEyesPort;
import jp.kenpo.kennin.application.review.ReviewClaim;
import jp.kenpo.kennin.application.review.ReviewClaimPort;
import jp.kenpo.kennin.application.review.ReviewDecisionPort;
import jp.kenpo.kennin.application.review.SaveExtraDocumentRequestPort;
import jp.kenpo.kennin.application.survey.ReviewOutcomesPort;
import jp.kenpo.kennin.application.survey.SurveyDocument;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.review.DecisionOutcome;
import jp.kenpo.kennin.domain.review.ExtraDocumentRequest;
import jp.kenpo.kennin.domain.review.FileRejection;
import jp.kenpo.kennin.domain.review.FourEyesRule;
import jp.kenpo.kennin.domain.review.ReviewDecision;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.survey.SurveyResponse;
import jp.kenpo.kennin.domain.survey.SurveyStatus;

/**
 * Decisions, claims, refused files, extra requests and four-eyes settings kept as the database
 * keeps them, with the same conditions on every write (response submitted, no decision yet,
 * never one's own approval). Claims need a member's progress row: {@link #tracked} makes one.
 */
public final class InMemoryReviews implements ReviewDecisionPort, ReviewClaimPort, DocumentRejectionPort,
        SaveExtraDocumentRequestPort, ReviewOutcomesPort, FourEyesPort {
    private record Key(InsurerCode insurer, int year, DependentId dependent) {
    }

    private record MemberYear(InsurerCode insurer, int year, MemberId member) {
    }

    private final InMemorySurveyResponses responses;
    private final InMemorySurveyDocuments documents;
    private final Map<Key, ReviewDecision> decisions = new HashMap<>();
    private final Map<MemberYear, Optional<ReviewClaim>> progress = new HashMap<>();
    private final List<ExtraDocumentRequest> extras = new ArrayList<>();
    private final Map<InsurerCode, FourEyesRule> fourEyes = new HashMap<>();

    public InMemoryReviews(InMemorySurveyResponses responses, InMemorySurveyDocuments documents) {
        this.responses = responses;
        this.documents = documents;
    }

    // --- decisions ---

    /** As the database's markReturned does: a response sent back loses its pending decision. */
    private void dropPendingOfReturned() {
        decisions.values().removeIf(d -> !d.isFinal() && responses.loadResponse(d.insurer(), d.fiscalYear(), d.dependent())
                .map(r -> r.status() != SurveyStatus.SUBMITTED).orElse(true));
    }

    @Override
    public synchronized Optional<ReviewDecision> loadDecision(InsurerCode insurer, int fiscalYear, DependentId dependent) {
        dropPendingOfReturned();
        return Optional.ofNullable(decisions.get(new Key(insurer, fiscalYear, dependent)));
    }

    @Override
    public synchronized List<ReviewDecision> decisionsOf(InsurerCode insurer, int fiscalYear, Collection<DependentId> dependents) {
        dropPendingOfReturned();
        return dependents.stream().map(d -> decisions.get(new Key(insurer, fiscalYear, d))).filter(d -> d != null).toList();
    }

    /** A decision of an earlier year, as if made then. */
    public synchronized void put(ReviewDecision decision) {
        decisions.put(new Key(decision.insurer(), decision.fiscalYear(), decision.dependent()), decision);
    }

    @Override
    public synchronized boolean decide(ReviewDecision decision) {
        dropPendingOfReturned();
        Key key = new Key(decision.insurer(), decision.fiscalYear(), decision.dependent());
        Optional<SurveyResponse> response = responses.loadResponse(key.insurer(), key.year(), key.dependent());
        if (decisions.containsKey(key) || response.map(r -> r.status() != SurveyStatus.SUBMITTED).orElse(true)) {
            return false;
        }
        decisions.put(key, decision);
        if (decision.isFinal()) {
            finish(response.get(), decision.outcome());
        }
        return true;
    }

    @Override
    public synchronized Optional<ReviewDecision> approve(InsurerCode insurer, int fiscalYear, DependentId dependent,
                                                         StaffId approver, Instant at) {
        dropPendingOfReturned();
        Key key = new Key(insurer, fiscalYear, dependent);
        ReviewDecision pending = decisions.get(key);
        if (pending == null || pending.isFinal() || pending.decidedBy().equals(approver)) {
            return Optional.empty();
        }
        ReviewDecision approved = pending.approvedBy(approver, at);
        decisions.put(key, approved);
        finish(responses.loadResponse(insurer, fiscalYear, dependent).orElseThrow(), approved.outcome());
        return Optional.of(approved);
    }

    @Override
    public synchronized boolean withdrawPending(InsurerCode insurer, int fiscalYear, DependentId dependent) {
        dropPendingOfReturned();
        Key key = new Key(insurer, fiscalYear, dependent);
        ReviewDecision pending = decisions.get(key);
        if (pending == null || pending.isFinal()) {
            return false;
        }
        decisions.remove(key);
        return true;
    }

    private void finish(SurveyResponse response, DecisionOutcome outcome) {
        responses.put(new SurveyResponse(response.insurer(), response.fiscalYear(), response.dependent(),
                outcome == DecisionOutcome.CONTINUE ? SurveyStatus.CONFIRMED : SurveyStatus.REMOVED, response.answers(),
                response.noLongerEligible(), Optional.empty()));
    }

    // --- claims ---

    /** The member has a progress row for that year (the progress helper's tracker makes them). */
    public synchronized void tracked(InsurerCode insurer, int fiscalYear, MemberId member) {
        progress.putIfAbsent(new MemberYear(insurer, fiscalYear, member), Optional.empty());
    }

    @Override
    public synchronized Optional<ReviewClaim> claimOf(InsurerCode insurer, int fiscalYear, MemberId member) {
        return progress.getOrDefault(new MemberYear(insurer, fiscalYear, member), Optional.empty());
    }

    @Override
    public synchronized Optional<ReviewClaim> take(InsurerCode insurer, int fiscalYear, MemberId member, StaffId reviewer,
                                                   Instant at) {
        MemberYear key = new MemberYear(insurer, fiscalYear, member);
        if (!progress.containsKey(key)) {
            return Optional.empty();
        }
        if (progress.get(key).isEmpty()) {
            progress.put(key, Optional.of(new ReviewClaim(reviewer, at)));
        }
        return progress.get(key);
    }

    @Override
    public synchronized boolean release(InsurerCode insurer, int fiscalYear, MemberId member, StaffId reviewer) {
        MemberYear key = new MemberYear(insurer, fiscalYear, member);
        if (!progress.getOrDefault(key, Optional.empty()).map(c -> c.by().equals(reviewer)).orElse(false)) {
            return false;
        }
        progress.put(key, Optional.empty());
        return true;
    }

    // --- refused files ---

    @Override
    public synchronized boolean rejectDocument(StoredDocument.Id file, FileRejection rejection) {
        Optional<SurveyDocument> document = documents.loadDocument(file);
        if (document.isEmpty() || document.get().rejected() || !reviewable(document.get().insurer(),
                document.get().fiscalYear(), document.get().dependent())) {
            return false;
        }
        documents.replace(document.get().rejectedBecause(rejection));
        return true;
    }

    private boolean reviewable(InsurerCode insurer, int fiscalYear, DependentId dependent) {
        return responses.loadResponse(insurer, fiscalYear, dependent)
                .map(r -> r.status() == SurveyStatus.SUBMITTED || r.status() == SurveyStatus.RETURNED).orElse(false);
    }

    // --- extra requests ---

    @Override
    public synchronized boolean saveExtraRequest(ExtraDocumentRequest request) {
        if (!reviewable(request.insurer(), request.fiscalYear(), request.dependent())) {
            return false;
        }
        if (extras.stream().noneMatch(e -> e.insurer().equals(request.insurer()) && e.fiscalYear() == request.fiscalYear()
                && e.dependent().equals(request.dependent()) && e.kind() == request.kind() && e.note().equals(request.note()))) {
            extras.add(request);
        }
        return true;
    }

    @Override
    public synchronized List<ExtraDocumentRequest> extraRequestsOf(InsurerCode insurer, int fiscalYear,
                                                                   Collection<DependentId> dependents) {
        return extras.stream().filter(e -> e.insurer().equals(insurer) && e.fiscalYear() == fiscalYear
                        && dependents.contains(e.dependent()))
                .sorted(Comparator.comparing(ExtraDocumentRequest::requestedAt)).toList();
    }

    @Override
    public synchronized List<ReviewDecision> finalDecisionsOf(InsurerCode insurer, int fiscalYear,
                                                              Collection<DependentId> dependents) {
        return decisionsOf(insurer, fiscalYear, dependents).stream().filter(ReviewDecision::isFinal).toList();
    }

    // --- four eyes ---

    @Override
    public synchronized FourEyesRule fourEyesOf(InsurerCode insurer) {
        return fourEyes.getOrDefault(insurer, FourEyesRule.NONE);
    }

    @Override
    public synchronized void setFourEyes(InsurerCode insurer, FourEyesRule rule) {
        fourEyes.put(insurer, rule);
    }
}
