package jp.kenpo.kennin.adapters.persistence.review;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.REVIEW_DECISION;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.SURVEY_RESPONSE;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.adapters.persistence.cache.RenderedQuery;
import jp.kenpo.kennin.adapters.persistence.jooq.tables.records.ReviewDecisionRecord;
import jp.kenpo.kennin.application.review.ReviewDecisionPort;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.review.DecisionOutcome;
import jp.kenpo.kennin.domain.review.DecisionState;
import jp.kenpo.kennin.domain.review.RemovalReason;
import jp.kenpo.kennin.domain.review.ReviewDecision;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.survey.SurveyStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * Decisions on dependents; the one mapping between review_decision rows and {@link ReviewDecision}.
 * Every write is conditional on the response's status and the decision's state, so two reviewers
 * (or tabs) never both decide, and nobody approves their own decision whatever the caller checked.
 */
public final class ReviewDecisionRepository implements ReviewDecisionPort {
    private static final String UNIQUE_VIOLATION = "23505";

    private final DSLContext dsl;
    private final java.util.function.IntFunction<RenderedQuery> ofDependents;

    public ReviewDecisionRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.ofDependents = RenderedQuery.perListLength(dsl, n -> dsl.selectFrom(REVIEW_DECISION)
                .where(REVIEW_DECISION.INSURER_CODE.eq(""), REVIEW_DECISION.FISCAL_YEAR.eq(0),
                        REVIEW_DECISION.DEPENDENT_ID.in(java.util.Collections.nCopies(n, 0L)))
                .orderBy(REVIEW_DECISION.DEPENDENT_ID));
    }

    @Override
    public Optional<ReviewDecision> loadDecision(InsurerCode insurer, int fiscalYear, DependentId dependent) {
        return dsl.selectFrom(REVIEW_DECISION).where(key(insurer.value(), fiscalYear, dependent.value()))
                .fetchOptional(ReviewDecisionRepository::toDecision);
    }

    @Override
    public List<ReviewDecision> decisionsOf(InsurerCode insurer, int fiscalYear, Collection<DependentId> dependents) {
        if (dependents.isEmpty()) {
            return List.of();
        }
        return ofDependents.apply(dependents.size()).fetchInto(REVIEW_DECISION, RenderedQuery.values(insurer.value(),
                        fiscalYear, dependents.stream().map(DependentId::value).toList())).stream()
                .map(ReviewDecisionRepository::toDecision).toList();
    }

    /**
     * Locks the submitted response first (a no-op update that only matches SUBMITTED): a second
     * decider waits for the first to commit, then finds the status changed (a final decision) or
     * meets the primary key (a pending one), rolled back to its savepoint.
     */
    @Override
    public boolean decide(ReviewDecision decision) {
        return dsl.transactionResult(() -> {
            if (holdSubmitted(decision.insurer().value(), decision.fiscalYear(), decision.dependent().value()) != 1) {
                return false;
            }
            if (!insert(decision)) {
                return false;
            }
            if (decision.isFinal()) {
                finish(decision.insurer().value(), decision.fiscalYear(), decision.dependent().value(), decision.outcome());
            }
            return true;
        });
    }

    private boolean insert(ReviewDecision d) {
        ReviewDecisionRecord r = dsl.newRecord(REVIEW_DECISION);
        r.setInsurerCode(d.insurer().value());
        r.setFiscalYear(d.fiscalYear());
        r.setDependentId(d.dependent().value());
        r.setOutcome(d.outcome().name());
        r.setLossDate(d.lossDate().orElse(null));
        r.setRemovalReason(d.removalReason().map(Enum::name).orElse(null));
        r.setDecidedBy(d.decidedBy().value());
        r.setDecidedAt(d.decidedAt());
        r.setState(d.state().name());
        r.setApprovedBy(d.approvedBy().map(StaffId::value).orElse(null));
        r.setApprovedAt(d.approvedAt().orElse(null));
        try {
            dsl.transaction(() -> dsl.insertInto(REVIEW_DECISION).set(r).execute());
            return true;
        } catch (DataAccessException e) {
            if (UNIQUE_VIOLATION.equals(e.sqlState())) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<ReviewDecision> approve(InsurerCode insurer, int fiscalYear, DependentId dependent, StaffId approver,
                                            Instant at) {
        return dsl.transactionResult(() -> {
            // Only while the response is still with staff (returning it drops a pending decision anyway).
            if (holdSubmitted(insurer.value(), fiscalYear, dependent.value()) != 1) {
                return Optional.<ReviewDecision>empty();
            }
            int approved = dsl.update(REVIEW_DECISION)
                    .set(REVIEW_DECISION.STATE, DecisionState.FINAL.name())
                    .set(REVIEW_DECISION.APPROVED_BY, approver.value())
                    .set(REVIEW_DECISION.APPROVED_AT, at)
                    .where(key(insurer.value(), fiscalYear, dependent.value()),
                            REVIEW_DECISION.STATE.eq(DecisionState.PENDING_APPROVAL.name()),
                            REVIEW_DECISION.DECIDED_BY.ne(approver.value()))
                    .execute();
            if (approved != 1) {
                return Optional.<ReviewDecision>empty();
            }
            ReviewDecision decision = loadDecision(insurer, fiscalYear, dependent).orElseThrow();
            finish(insurer.value(), fiscalYear, dependent.value(), decision.outcome());
            return Optional.of(decision);
        });
    }

    @Override
    public boolean withdrawPending(InsurerCode insurer, int fiscalYear, DependentId dependent) {
        return dsl.deleteFrom(REVIEW_DECISION)
                .where(key(insurer.value(), fiscalYear, dependent.value()),
                        REVIEW_DECISION.STATE.eq(DecisionState.PENDING_APPROVAL.name()))
                .execute() == 1;
    }

    private int holdSubmitted(String insurer, int fiscalYear, long dependent) {
        return dsl.update(SURVEY_RESPONSE).set(SURVEY_RESPONSE.STATUS, SURVEY_RESPONSE.STATUS)
                .where(response(insurer, fiscalYear, dependent), SURVEY_RESPONSE.STATUS.eq(SurveyStatus.SUBMITTED.name()))
                .execute();
    }

    /** The final decision closes the response: 確認完了 for 継続, 削除決定 for 削除. */
    private void finish(String insurer, int fiscalYear, long dependent, DecisionOutcome outcome) {
        SurveyStatus status = outcome == DecisionOutcome.CONTINUE ? SurveyStatus.CONFIRMED : SurveyStatus.REMOVED;
        int closed = dsl.update(SURVEY_RESPONSE).set(SURVEY_RESPONSE.STATUS, status.name())
                .where(response(insurer, fiscalYear, dependent), SURVEY_RESPONSE.STATUS.eq(SurveyStatus.SUBMITTED.name()))
                .execute();
        if (closed != 1) {
            // A decision on a response that is not submitted would disagree with it: roll back.
            throw new IllegalStateException("response not submitted: " + insurer + "/" + fiscalYear + "/" + dependent);
        }
    }

    private static Condition response(String insurer, int fiscalYear, long dependent) {
        return SURVEY_RESPONSE.INSURER_CODE.eq(insurer).and(SURVEY_RESPONSE.FISCAL_YEAR.eq(fiscalYear))
                .and(SURVEY_RESPONSE.DEPENDENT_ID.eq(dependent));
    }

    private static Condition key(String insurer, int fiscalYear, long dependent) {
        return REVIEW_DECISION.INSURER_CODE.eq(insurer).and(REVIEW_DECISION.FISCAL_YEAR.eq(fiscalYear))
                .and(REVIEW_DECISION.DEPENDENT_ID.eq(dependent));
    }

    private static ReviewDecision toDecision(ReviewDecisionRecord r) {
        return new ReviewDecision(new InsurerCode(r.getInsurerCode()), r.getFiscalYear(), new DependentId(r.getDependentId()),
                DecisionOutcome.valueOf(r.getOutcome()), Optional.ofNullable(r.getLossDate()),
                Optional.ofNullable(r.getRemovalReason()).map(RemovalReason::valueOf), new StaffId(r.getDecidedBy()),
                r.getDecidedAt(), DecisionState.valueOf(r.getState()),
                Optional.ofNullable(r.getApprovedBy()).map(StaffId::new), Optional.ofNullable(r.getApprovedAt()));
    }
}
