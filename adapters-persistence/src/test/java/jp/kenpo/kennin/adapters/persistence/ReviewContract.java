package jp.kenpo.kennin.adapters.persistence;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.MEMBER_PROGRESS;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.SURVEY_RESPONSE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import jp.kenpo.kennin.adapters.persistence.Fixtures.Family;
import jp.kenpo.kennin.adapters.persistence.review.ReviewDecisionRepository;
import jp.kenpo.kennin.adapters.persistence.review.ReviewRepository;
import jp.kenpo.kennin.application.document.DocumentType;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.application.review.ReviewClaim;
import jp.kenpo.kennin.application.staff.StaffPort.NewStaff;
import jp.kenpo.kennin.application.survey.SurveyDocument;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.eligibility.DocumentKind;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.review.DecisionState;
import jp.kenpo.kennin.domain.review.DocumentRejectionReason;
import jp.kenpo.kennin.domain.review.ExtraDocumentRequest;
import jp.kenpo.kennin.domain.review.FileRejection;
import jp.kenpo.kennin.domain.review.FourEyesRule;
import jp.kenpo.kennin.domain.review.Prospect;
import jp.kenpo.kennin.domain.review.RemovalReason;
import jp.kenpo.kennin.domain.review.ReviewDecision;
import jp.kenpo.kennin.domain.staff.LoginName;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.staff.StaffRole;
import jp.kenpo.kennin.domain.survey.SurveyResponse;
import jp.kenpo.kennin.domain.survey.SurveyStatus;
import org.junit.jupiter.api.Test;

/**
 * Decisions, approvals, claims, refused files, extra requests and the four-eyes setting, each a
 * conditional write: two reviewers deciding (or approving, or taking) at once leave exactly one
 * winner, and a decider's own approval is refused by the SQL itself.
 */
interface ReviewContract extends PersistenceContract {
    Instant T0 = Instant.parse("2025-09-01T01:02:03.456789Z");
    LocalDate LOSS = LocalDate.of(2025, 6, 1);
    AtomicInteger REVIEWERS = new AtomicInteger();
    AtomicInteger FILES = new AtomicInteger();

    /** Another insurer's family with two dependents whose responses are submitted, and two reviewers. */
    record Case(Family family, StaffId sato, StaffId suzuki) {
        InsurerCode insurer() {
            return family.insurer();
        }

        DependentId wife() {
            return family.dependents().get(0);
        }

        DependentId son() {
            return family.dependents().get(1);
        }
    }

    private Case newCase() {
        InsurerCode insurer = newInsurer();
        Fixtures.openSurveyYears(database(), insurer, 2024, 2025);
        Family family = Fixtures.family(database(), insurer, "1", "妻", "長男");
        for (DependentId d : family.dependents()) {
            database().surveyResponses().saveDraft(SurveyResponse.notStarted(insurer, 2025, d));
            assertThat(database().surveyResponses().markSubmitted(SurveyResponse.notStarted(insurer, 2025, d).submitted()))
                    .isTrue();
        }
        return new Case(family, reviewer(insurer), reviewer(insurer));
    }

    private StaffId reviewer(InsurerCode insurer) {
        return database().staff().createStaff(new NewStaff(Optional.of(insurer),
                new LoginName("reviewer" + REVIEWERS.incrementAndGet() + "." + insurer.value()), "審査 担当",
                Optional.empty(), StaffRole.REVIEWER, Optional.empty()), T0).orElseThrow();
    }

    private ReviewDecisionRepository decisions() {
        return database().reviewDecisions();
    }

    private ReviewRepository review() {
        return database().review();
    }

    private SurveyStatus status(Case c, DependentId d) {
        return database().surveyResponses().loadResponse(c.insurer(), 2025, d).orElseThrow().status();
    }

    private static ReviewDecision removal(Case c, DependentId d, StaffId by, FourEyesRule rule) {
        return ReviewDecision.removing(c.insurer(), 2025, d, LOSS, RemovalReason.INCOME_OVER_LIMIT, by, T0, rule);
    }

    @Test
    default void finalDecisionsComeBackWholeAndCloseTheirResponses() {
        Case c = newCase();
        ReviewDecision kept = ReviewDecision.continuing(c.insurer(), 2025, c.son(), c.sato(), T0, FourEyesRule.NONE);
        ReviewDecision removed = removal(c, c.wife(), c.sato(), FourEyesRule.NONE);

        assertThat(decisions().decide(kept)).isTrue();
        assertThat(decisions().decide(removed)).isTrue();

        assertThat(decisions().loadDecision(c.insurer(), 2025, c.son())).contains(kept);
        assertThat(decisions().decisionsOf(c.insurer(), 2025, c.family().dependents())).containsExactlyInAnyOrder(kept, removed);
        assertThat(decisions().decisionsOf(c.insurer(), 2024, c.family().dependents())).isEmpty();
        assertThat(status(c, c.son())).isEqualTo(SurveyStatus.CONFIRMED);
        assertThat(status(c, c.wife())).isEqualTo(SurveyStatus.REMOVED);
    }

    @Test
    default void aDecisionNeedsASubmittedResponseAndTheFirstOneStays() {
        Case c = newCase();
        DependentId noResponse = Fixtures.family(database(), c.insurer(), "2", "妻").dependents().get(0);

        assertThat(decisions().decide(ReviewDecision.continuing(c.insurer(), 2025, noResponse, c.sato(), T0,
                FourEyesRule.NONE))).isFalse();
        assertThat(decisions().decide(removal(c, c.wife(), c.sato(), FourEyesRule.REMOVALS))).isTrue();
        assertThat(decisions().decide(ReviewDecision.continuing(c.insurer(), 2025, c.wife(), c.suzuki(), T0,
                FourEyesRule.NONE))).as("a pending decision exists").isFalse();
        assertThat(decisions().loadDecision(c.insurer(), 2025, c.wife()).orElseThrow().state())
                .isEqualTo(DecisionState.PENDING_APPROVAL);
        assertThat(status(c, c.wife())).isEqualTo(SurveyStatus.SUBMITTED);
    }

    @Test
    default void twoReviewersDecidingTheSameDependentAtOnceLeaveExactlyOneDecision() throws Exception {
        Case c = newCase();
        AtomicInteger turn = new AtomicInteger();

        int won = Race.inParallel(6, () -> database().transactions().inTransaction(() -> decisions().decide(
                turn.incrementAndGet() % 2 == 0
                        ? ReviewDecision.continuing(c.insurer(), 2025, c.son(), c.sato(), T0, FourEyesRule.NONE)
                        : removal(c, c.son(), c.suzuki(), FourEyesRule.NONE))));

        assertThat(won).isEqualTo(1);
        ReviewDecision stored = decisions().loadDecision(c.insurer(), 2025, c.son()).orElseThrow();
        assertThat(status(c, c.son())).isEqualTo(stored.outcome() == jp.kenpo.kennin.domain.review.DecisionOutcome.CONTINUE
                ? SurveyStatus.CONFIRMED : SurveyStatus.REMOVED);
    }

    @Test
    default void twoPendingDecisionsAtOnceLeaveOne() throws Exception {
        Case c = newCase();

        int won = Race.inParallel(6, () -> database().transactions().inTransaction(() ->
                decisions().decide(removal(c, c.son(), c.sato(), FourEyesRule.ALL))));

        assertThat(won).isEqualTo(1);
        assertThat(status(c, c.son())).isEqualTo(SurveyStatus.SUBMITTED);
    }

    @Test
    default void theSqlRefusesTheDecidersOwnApprovalAndAnotherReviewersMakesItFinal() {
        Case c = newCase();
        decisions().decide(removal(c, c.wife(), c.sato(), FourEyesRule.REMOVALS));

        assertThat(decisions().approve(c.insurer(), 2025, c.wife(), c.sato(), T0.plusSeconds(60))).isEmpty();
        assertThat(decisions().loadDecision(c.insurer(), 2025, c.wife()).orElseThrow().isFinal()).isFalse();

        ReviewDecision approved = decisions().approve(c.insurer(), 2025, c.wife(), c.suzuki(), T0.plusSeconds(60))
                .orElseThrow();

        assertThat(approved).isEqualTo(removal(c, c.wife(), c.sato(), FourEyesRule.REMOVALS)
                .approvedBy(c.suzuki(), T0.plusSeconds(60)));
        assertThat(decisions().loadDecision(c.insurer(), 2025, c.wife())).contains(approved);
        assertThat(status(c, c.wife())).isEqualTo(SurveyStatus.REMOVED);
        assertThat(decisions().approve(c.insurer(), 2025, c.wife(), c.suzuki(), T0)).as("final already").isEmpty();
    }

    @Test
    default void twoApproversAtOnceApproveOnce() throws Exception {
        Case c = newCase();
        StaffId third = reviewer(c.insurer());
        decisions().decide(removal(c, c.wife(), c.sato(), FourEyesRule.REMOVALS));
        AtomicInteger turn = new AtomicInteger();

        int won = Race.inParallel(6, () -> database().transactions().inTransaction(() -> decisions().approve(c.insurer(),
                2025, c.wife(), turn.incrementAndGet() % 2 == 0 ? c.suzuki() : third, T0).isPresent()));

        assertThat(won).isEqualTo(1);
        assertThat(status(c, c.wife())).isEqualTo(SurveyStatus.REMOVED);
    }

    @Test
    default void returningAResponseDropsItsPendingDecisionButNotAFinalOne() {
        Case c = newCase();
        decisions().decide(removal(c, c.wife(), c.sato(), FourEyesRule.REMOVALS));
        SurveyResponse wife = database().surveyResponses().loadResponse(c.insurer(), 2025, c.wife()).orElseThrow();

        assertThat(database().surveyResponses().markReturned(wife.returnedBecause("書類を追加してください"))).isTrue();

        assertThat(decisions().loadDecision(c.insurer(), 2025, c.wife())).isEmpty();
        assertThat(decisions().approve(c.insurer(), 2025, c.wife(), c.suzuki(), T0)).isEmpty();
        decisions().decide(ReviewDecision.continuing(c.insurer(), 2025, c.son(), c.sato(), T0, FourEyesRule.NONE));
        assertThat(decisions().loadDecision(c.insurer(), 2025, c.son())).isPresent();
    }

    @Test
    default void onlyAPendingDecisionIsWithdrawn() {
        Case c = newCase();
        decisions().decide(removal(c, c.wife(), c.sato(), FourEyesRule.REMOVALS));
        decisions().decide(ReviewDecision.continuing(c.insurer(), 2025, c.son(), c.sato(), T0, FourEyesRule.REMOVALS));

        assertThat(decisions().withdrawPending(c.insurer(), 2025, c.son())).isFalse();
        assertThat(decisions().withdrawPending(c.insurer(), 2025, c.wife())).isTrue();
        assertThat(decisions().withdrawPending(c.insurer(), 2025, c.wife())).isFalse();
        assertThat(decisions().loadDecision(c.insurer(), 2025, c.wife())).isEmpty();
        assertThat(decisions().decide(removal(c, c.wife(), c.suzuki(), FourEyesRule.NONE))).isTrue();
    }

    @Test
    default void aFileIsRejectedOnceAndOnlyWhileItsResponseIsWithStaffOrReturned() {
        Case c = newCase();
        SurveyDocument file = file(c, c.son(), 1);
        SurveyDocument other = file(c, c.wife(), 2);
        FileRejection why = new FileRejection(DocumentRejectionReason.SHOWS_MY_NUMBER, c.sato(), T0);

        assertThat(review().rejectDocument(file.id(), why)).isTrue();
        assertThat(review().rejectDocument(file.id(), why)).isFalse();
        assertThat(database().surveyDocuments().loadDocument(file.id())).contains(file.rejectedBecause(why));

        decisions().decide(ReviewDecision.continuing(c.insurer(), 2025, c.wife(), c.sato(), T0, FourEyesRule.NONE));
        assertThat(review().rejectDocument(other.id(), why)).as("decided").isFalse();
        assertThat(review().rejectDocument(new StoredDocument.Id("f".repeat(32)), why)).isFalse();
    }

    private SurveyDocument file(Case c, DependentId d, int n) {
        SurveyDocument document = new SurveyDocument(new StoredDocument(new StoredDocument.Id(String.format("%032x",
                0x7e1e0000L + FILES.incrementAndGet())), DocumentType.JPEG, 1_000, "ab".repeat(32)), c.insurer(), 2025, d, DocumentKind.STUDENT_CERTIFICATE,
                "学生証.jpg", T0.minusSeconds(3600));
        assertThat(database().surveyDocuments().saveDocument(document, 30)).isTrue();
        return document;
    }

    @Test
    default void anExtraRequestIsKeptOnlyForAResponseWithStaffOrReturned() {
        Case c = newCase();
        ExtraDocumentRequest request = new ExtraDocumentRequest(c.insurer(), 2025, c.son(), DocumentKind.REMITTANCE_PROOF,
                "直近3か月分の送金記録", c.sato(), T0);

        assertThat(review().saveExtraRequest(request)).isTrue();
        decisions().decide(ReviewDecision.continuing(c.insurer(), 2025, c.wife(), c.sato(), T0, FourEyesRule.NONE));
        assertThat(review().saveExtraRequest(new ExtraDocumentRequest(c.insurer(), 2025, c.wife(),
                DocumentKind.REMITTANCE_PROOF, "送金記録", c.sato(), T0))).isFalse();

        assertThat(review().extraRequestsOf(c.insurer(), 2025, c.family().dependents())).containsExactly(request);
        assertThat(review().extraRequestsOf(c.insurer(), 2025, List.of())).isEmpty();
    }

    @Test
    default void theSameExtraRequestFromADoubleClickIsOneLineOnTheChecklist() throws Exception {
        Case c = newCase();
        ExtraDocumentRequest request = new ExtraDocumentRequest(c.insurer(), 2025, c.son(), DocumentKind.REMITTANCE_PROOF,
                "直近3か月分の送金記録", c.sato(), T0);

        int kept = Race.inParallel(6, () -> database().transactions().inTransaction(() -> review().saveExtraRequest(request)));

        assertThat(kept).as("every click is answered as requested").isEqualTo(6);
        assertThat(review().extraRequestsOf(c.insurer(), 2025, c.family().dependents())).containsExactly(request);
    }

    @Test
    default void aReviewerTakesAMemberOnlyWhileNobodyElseHoldsIt() throws Exception {
        Case c = newCase();
        assertThat(review().take(c.insurer(), 2025, c.family().member(), c.sato(), T0)).as("no progress row").isEmpty();
        sql().insertInto(MEMBER_PROGRESS).set(MEMBER_PROGRESS.INSURER_CODE, c.insurer().value())
                .set(MEMBER_PROGRESS.FISCAL_YEAR, 2025).set(MEMBER_PROGRESS.MEMBER_ID, c.family().member().value())
                .set(MEMBER_PROGRESS.OFFICE, "本社").set(MEMBER_PROGRESS.STATUS, "SUBMITTED").execute();

        assertThat(review().take(c.insurer(), 2025, c.family().member(), c.sato(), T0))
                .contains(new ReviewClaim(c.sato(), T0));
        assertThat(review().take(c.insurer(), 2025, c.family().member(), c.suzuki(), T0.plusSeconds(9)))
                .contains(new ReviewClaim(c.sato(), T0));
        assertThat(review().release(c.insurer(), 2025, c.family().member(), c.suzuki())).isFalse();
        assertThat(review().release(c.insurer(), 2025, c.family().member(), c.sato())).isTrue();
        assertThat(review().claimOf(c.insurer(), 2025, c.family().member())).isEmpty();

        AtomicInteger turn = new AtomicInteger();
        java.util.Set<StaffId> told = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Race.inParallel(6, () -> {
            StaffId me = turn.incrementAndGet() % 2 == 0 ? c.sato() : c.suzuki();
            told.add(review().take(c.insurer(), 2025, c.family().member(), me, T0).orElseThrow().by());
            return true;
        });
        assertThat(told).as("every reviewer racing was told the same holder").hasSize(1)
                .containsExactly(review().claimOf(c.insurer(), 2025, c.family().member()).orElseThrow().by());
    }

    @Test
    default void theFourEyesSettingIsNoneUntilChanged() {
        InsurerCode insurer = newInsurer();
        assertThat(review().fourEyesOf(insurer)).isEqualTo(FourEyesRule.NONE);
        review().setFourEyes(insurer, FourEyesRule.REMOVALS);
        assertThat(review().fourEyesOf(insurer)).isEqualTo(FourEyesRule.REMOVALS);
        assertThat(review().fourEyesOf(new InsurerCode("nosuchinsurer"))).isEqualTo(FourEyesRule.NONE);
    }

    @Test
    default void everyReturnCountsAndTheSubmissionsProspectIsKept() {
        Case c = newCase();
        database().surveyResponses().saveProspect(c.insurer(), 2025, c.son(), Prospect.NEEDS_REVIEW);
        SurveyResponse submitted = database().surveyResponses().loadResponse(c.insurer(), 2025, c.son()).orElseThrow();
        assertThat(database().surveyResponses().markReturned(submitted.returnedBecause("一度目"))).isTrue();
        database().surveyResponses().markSubmitted(submitted);
        assertThat(database().surveyResponses().markReturned(submitted.returnedBecause("二度目"))).isTrue();
        assertThat(database().surveyResponses().markReturned(submitted.returnedBecause("三度目"))).as("not submitted").isFalse();

        var row = sql().select(SURVEY_RESPONSE.RETURNED_COUNT, SURVEY_RESPONSE.PROSPECT).from(SURVEY_RESPONSE)
                .where(SURVEY_RESPONSE.INSURER_CODE.eq(c.insurer().value()), SURVEY_RESPONSE.DEPENDENT_ID.eq(c.son().value()))
                .fetchOne();
        assertThat(row.value1()).isEqualTo(2);
        assertThat(row.value2()).isEqualTo("NEEDS_REVIEW");
    }
}
