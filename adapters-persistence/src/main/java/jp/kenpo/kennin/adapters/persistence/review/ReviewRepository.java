package jp.kenpo.kennin.adapters.persistence.review;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.EXTRA_DOCUMENT_REQUEST;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.INSURER;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.MEMBER_PROGRESS;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.SURVEY_DOCUMENT;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.SURVEY_RESPONSE;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.application.review.DocumentRejectionPort;
import jp.kenpo.kennin.application.review.FourEyesPort;
import jp.kenpo.kennin.application.review.ReviewClaim;
import jp.kenpo.kennin.application.review.ReviewClaimPort;
import jp.kenpo.kennin.application.review.SaveExtraDocumentRequestPort;
import jp.kenpo.kennin.application.survey.ReviewOutcomesPort;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.eligibility.DocumentKind;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.review.ExtraDocumentRequest;
import jp.kenpo.kennin.domain.review.FileRejection;
import jp.kenpo.kennin.domain.review.FourEyesRule;
import jp.kenpo.kennin.domain.review.ReviewDecision;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.survey.SurveyStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The review's smaller rows: who took a member (member_progress.claimed_*), refused files
 * (survey_document.rejection_*), extra document requests, and the insurer's four-eyes setting.
 * Each write is one conditional statement whose row count answers.
 */
public final class ReviewRepository implements ReviewClaimPort, DocumentRejectionPort, SaveExtraDocumentRequestPort,
        ReviewOutcomesPort, FourEyesPort {
    private static final List<String> REVIEWABLE = List.of(SurveyStatus.SUBMITTED.name(), SurveyStatus.RETURNED.name());

    private final DSLContext dsl;
    private final ReviewDecisionRepository decisions;

    public ReviewRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.decisions = new ReviewDecisionRepository(dsl);
    }

    // --- claims ---

    @Override
    public Optional<ReviewClaim> claimOf(InsurerCode insurer, int fiscalYear, MemberId member) {
        return dsl.select(MEMBER_PROGRESS.CLAIMED_BY, MEMBER_PROGRESS.CLAIMED_AT).from(MEMBER_PROGRESS)
                .where(progress(insurer, fiscalYear, member), MEMBER_PROGRESS.CLAIMED_BY.isNotNull())
                .fetchOptional(r -> new ReviewClaim(new StaffId(r.value1()), r.value2()));
    }

    @Override
    public Optional<ReviewClaim> take(InsurerCode insurer, int fiscalYear, MemberId member, StaffId reviewer, Instant at) {
        dsl.update(MEMBER_PROGRESS)
                .set(MEMBER_PROGRESS.CLAIMED_BY, reviewer.value())
                .set(MEMBER_PROGRESS.CLAIMED_AT, at)
                .where(progress(insurer, fiscalYear, member), MEMBER_PROGRESS.CLAIMED_BY.isNull())
                .execute();
        return claimOf(insurer, fiscalYear, member);
    }

    @Override
    public boolean release(InsurerCode insurer, int fiscalYear, MemberId member, StaffId reviewer) {
        return dsl.update(MEMBER_PROGRESS)
                .setNull(MEMBER_PROGRESS.CLAIMED_BY)
                .setNull(MEMBER_PROGRESS.CLAIMED_AT)
                .where(progress(insurer, fiscalYear, member), MEMBER_PROGRESS.CLAIMED_BY.eq(reviewer.value()))
                .execute() == 1;
    }

    private static Condition progress(InsurerCode insurer, int fiscalYear, MemberId member) {
        return MEMBER_PROGRESS.INSURER_CODE.eq(insurer.value()).and(MEMBER_PROGRESS.FISCAL_YEAR.eq(fiscalYear))
                .and(MEMBER_PROGRESS.MEMBER_ID.eq(member.value()));
    }

    // --- refused files ---

    @Override
    public boolean rejectDocument(StoredDocument.Id file, FileRejection rejection) {
        return dsl.update(SURVEY_DOCUMENT)
                .set(SURVEY_DOCUMENT.REJECTION_REASON, rejection.reason().name())
                .set(SURVEY_DOCUMENT.REJECTED_BY, rejection.by().value())
                .set(SURVEY_DOCUMENT.REJECTED_AT, rejection.at())
                .where(SURVEY_DOCUMENT.ID.eq(file.value()), SURVEY_DOCUMENT.REJECTION_REASON.isNull(),
                        DSL.exists(DSL.selectOne().from(SURVEY_RESPONSE).where(
                                SURVEY_RESPONSE.INSURER_CODE.eq(SURVEY_DOCUMENT.INSURER_CODE),
                                SURVEY_RESPONSE.FISCAL_YEAR.eq(SURVEY_DOCUMENT.FISCAL_YEAR),
                                SURVEY_RESPONSE.DEPENDENT_ID.eq(SURVEY_DOCUMENT.DEPENDENT_ID),
                                SURVEY_RESPONSE.STATUS.in(REVIEWABLE))))
                .execute() == 1;
    }

    // --- extra document requests ---

    @Override
    public boolean saveExtraRequest(ExtraDocumentRequest request) {
        // The response's row is locked first, so a double click's second request waits, then finds the first and adds
        // no second line to the member's checklist (the request stands; nothing else changes).
        boolean reviewable = dsl.select(SURVEY_RESPONSE.STATUS).from(SURVEY_RESPONSE)
                .where(SURVEY_RESPONSE.INSURER_CODE.eq(request.insurer().value()),
                        SURVEY_RESPONSE.FISCAL_YEAR.eq(request.fiscalYear()),
                        SURVEY_RESPONSE.DEPENDENT_ID.eq(request.dependent().value()))
                .forUpdate()
                .fetchOptional(SURVEY_RESPONSE.STATUS).filter(REVIEWABLE::contains).isPresent();
        if (!reviewable) {
            return false;
        }
        boolean asked = dsl.fetchExists(EXTRA_DOCUMENT_REQUEST, EXTRA_DOCUMENT_REQUEST.INSURER_CODE.eq(request.insurer().value()),
                EXTRA_DOCUMENT_REQUEST.FISCAL_YEAR.eq(request.fiscalYear()),
                EXTRA_DOCUMENT_REQUEST.DEPENDENT_ID.eq(request.dependent().value()),
                EXTRA_DOCUMENT_REQUEST.KIND.eq(request.kind().name()), EXTRA_DOCUMENT_REQUEST.NOTE.eq(request.note()));
        if (!asked) {
            dsl.insertInto(EXTRA_DOCUMENT_REQUEST)
                    .set(EXTRA_DOCUMENT_REQUEST.INSURER_CODE, request.insurer().value())
                    .set(EXTRA_DOCUMENT_REQUEST.FISCAL_YEAR, request.fiscalYear())
                    .set(EXTRA_DOCUMENT_REQUEST.DEPENDENT_ID, request.dependent().value())
                    .set(EXTRA_DOCUMENT_REQUEST.KIND, request.kind().name())
                    .set(EXTRA_DOCUMENT_REQUEST.NOTE, request.note())
                    .set(EXTRA_DOCUMENT_REQUEST.REQUESTED_BY, request.requestedBy().value())
                    .set(EXTRA_DOCUMENT_REQUEST.REQUESTED_AT, request.requestedAt())
                    .execute();
        }
        return true;
    }

    @Override
    public List<ExtraDocumentRequest> extraRequestsOf(InsurerCode insurer, int fiscalYear,
                                                      Collection<DependentId> dependents) {
        if (dependents.isEmpty()) {
            return List.of();
        }
        return dsl.selectFrom(EXTRA_DOCUMENT_REQUEST)
                .where(EXTRA_DOCUMENT_REQUEST.INSURER_CODE.eq(insurer.value()),
                        EXTRA_DOCUMENT_REQUEST.FISCAL_YEAR.eq(fiscalYear),
                        EXTRA_DOCUMENT_REQUEST.DEPENDENT_ID.in(dependents.stream().map(DependentId::value).toList()))
                .orderBy(EXTRA_DOCUMENT_REQUEST.REQUESTED_AT, EXTRA_DOCUMENT_REQUEST.ID)
                .fetch(r -> new ExtraDocumentRequest(new InsurerCode(r.getInsurerCode()), r.getFiscalYear(),
                        new DependentId(r.getDependentId()), DocumentKind.valueOf(r.getKind()), r.getNote(),
                        new StaffId(r.getRequestedBy()), r.getRequestedAt()));
    }

    @Override
    public List<ReviewDecision> finalDecisionsOf(InsurerCode insurer, int fiscalYear, Collection<DependentId> dependents) {
        return decisions.decisionsOf(insurer, fiscalYear, dependents).stream()
                .filter(ReviewDecision::isFinal).toList();
    }

    // --- four eyes ---

    @Override
    public FourEyesRule fourEyesOf(InsurerCode insurer) {
        return dsl.select(INSURER.FOUR_EYES).from(INSURER).where(INSURER.CODE.eq(insurer.value()))
                .fetchOptional(r -> FourEyesRule.valueOf(r.value1())).orElse(FourEyesRule.NONE);
    }

    @Override
    public void setFourEyes(InsurerCode insurer, FourEyesRule rule) {
        dsl.update(INSURER).set(INSURER.FOUR_EYES, rule.name()).where(INSURER.CODE.eq(insurer.value())).execute();
    }
}
