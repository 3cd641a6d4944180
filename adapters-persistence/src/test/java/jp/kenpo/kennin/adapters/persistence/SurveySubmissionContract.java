package jp.kenpo.kennin.adapters.persistence;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.SURVEY_SUBMISSION_DEPENDENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.kenpo.kennin.adapters.persistence.Fixtures.Family;
import jp.kenpo.kennin.adapters.persistence.survey.SurveySubmissionRepository;
import jp.kenpo.kennin.application.survey.SurveySubmissionPort.DuplicateReceiptException;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.survey.ReceiptNumber;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.survey.SurveySubmission;
import org.junit.jupiter.api.Test;

/** Submissions under unique receipt numbers, the latest one per member, and deadline extensions. */
interface SurveySubmissionContract extends PersistenceContract {
    Instant SUBMITTED = Instant.parse("2025-08-20T14:59:59.999999Z");

    private Family newFamily(InsurerCode insurer, String memberNumber) {
        return Fixtures.family(database(), insurer, memberNumber, "妻", "長男", "父");
    }

    private InsurerCode newInsurerWithYears() {
        InsurerCode insurer = newInsurer();
        Fixtures.openSurveyYears(database(), insurer, 2025, 2026);
        return insurer;
    }

    @Test
    default void aSubmissionComesBackWithEveryFieldAndItsDependentsInTheOrderGiven() {
        Family family = newFamily(newInsurerWithYears(), "1");
        SurveySubmission submission = new SurveySubmission(ReceiptNumber.of(2025, "7KQ3M9XD"), family.insurer(), 2025, family.member(),
                SUBMITTED, List.of(family.dependents().get(2), family.dependents().get(0), family.dependents().get(1)));

        submissions().saveSubmission(submission);

        assertThat(submissions().latestSubmission(family.insurer(), 2025, family.member())).contains(submission);
        assertThat(submissions().latestSubmission(family.insurer(), 2026, family.member())).isEmpty();
        assertThat(submissions().latestSubmission(family.insurer(), 2025, newFamily(family.insurer(), "2").member())).isEmpty();
    }

    @Test
    default void theLatestSubmissionIsTheOneSubmittedLastWhateverItsReceiptNumberOrWhenItWasStored() {
        Family family = newFamily(newInsurerWithYears(), "1");
        SurveySubmission second = new SurveySubmission(ReceiptNumber.of(2025, "00000001"), family.insurer(), 2025, family.member(),
                SUBMITTED.plusSeconds(86_400), List.of(family.dependents().get(1)));
        SurveySubmission first = new SurveySubmission(ReceiptNumber.of(2025, "ZZZZZZZZ"), family.insurer(), 2025, family.member(),
                SUBMITTED, family.dependents());
        SurveySubmission aMicrosecondEarlier = new SurveySubmission(ReceiptNumber.of(2025, "ZZZZZZZY"), family.insurer(), 2025,
                family.member(), SUBMITTED.plusSeconds(86_400).minusNanos(1_000), family.dependents());

        submissions().saveSubmission(second);
        submissions().saveSubmission(first);
        submissions().saveSubmission(aMicrosecondEarlier);

        assertThat(submissions().latestSubmission(family.insurer(), 2025, family.member())).contains(second);
    }

    @Test
    default void aTakenReceiptNumberIsRefusedAndTheSubmissionHoldingItIsKeptIntact() {
        InsurerCode insurer = newInsurerWithYears();
        Family family = newFamily(insurer, "1");
        Family other = newFamily(insurer, "2");
        ReceiptNumber receipt = ReceiptNumber.of(2025, "ABCD1234");
        SurveySubmission kept = new SurveySubmission(receipt, insurer, 2025, family.member(), SUBMITTED, List.of(family.dependents().get(0)));
        submissions().saveSubmission(kept);

        assertThatThrownBy(() -> submissions().saveSubmission(new SurveySubmission(receipt, insurer, 2025, other.member(),
                SUBMITTED.plusSeconds(1), other.dependents()))).isInstanceOf(DuplicateReceiptException.class);
        assertThatThrownBy(() -> submissions().saveSubmission(new SurveySubmission(receipt, insurer, 2025, family.member(),
                SUBMITTED.plusSeconds(1), family.dependents()))).isInstanceOf(DuplicateReceiptException.class);

        assertThat(submissions().latestSubmission(insurer, 2025, family.member())).contains(kept);
        assertThat(submissions().latestSubmission(insurer, 2025, other.member())).isEmpty();
        assertThat(sql().fetchCount(SURVEY_SUBMISSION_DEPENDENT, SURVEY_SUBMISSION_DEPENDENT.RECEIPT_NUMBER.eq(receipt.value())))
                .isEqualTo(1);
    }

    @Test
    default void aTakenReceiptNumberLeavesTheCallersTransactionUsableToTryAnother() {
        Family family = newFamily(newInsurerWithYears(), "1");
        submissions().saveSubmission(new SurveySubmission(ReceiptNumber.of(2025, "TAKEN000"), family.insurer(), 2025,
                newFamily(family.insurer(), "2").member(), SUBMITTED, List.of(family.dependents().get(0))));
        SurveySubmission retried = new SurveySubmission(ReceiptNumber.of(2025, "RETRY000"), family.insurer(), 2025, family.member(),
                SUBMITTED, family.dependents());

        database().transactions().inTransaction(() -> {
            try {
                submissions().saveSubmission(new SurveySubmission(ReceiptNumber.of(2025, "TAKEN000"), family.insurer(), 2025,
                        family.member(), SUBMITTED, family.dependents()));
            } catch (DuplicateReceiptException e) {
                submissions().saveSubmission(retried);
            }
            return null;
        });

        assertThat(submissions().latestSubmission(family.insurer(), 2025, family.member())).contains(retried);
    }

    @Test
    default void aSubmissionNeedsAnOpenSurveyYearAStoredMemberAndStoredDependents() {
        Family family = newFamily(newInsurerWithYears(), "1");
        assertThatThrownBy(() -> submissions().saveSubmission(new SurveySubmission(ReceiptNumber.of(2030, "N0YEAR00"), family.insurer(),
                2030, family.member(), SUBMITTED, family.dependents()))).isInstanceOf(org.jooq.exception.DataAccessException.class);
        assertThatThrownBy(() -> submissions().saveSubmission(new SurveySubmission(ReceiptNumber.of(2025, "N0MEMBER"), family.insurer(),
                2025, new MemberId(-1), SUBMITTED, family.dependents()))).isInstanceOf(org.jooq.exception.DataAccessException.class);
        assertThatThrownBy(() -> submissions().saveSubmission(new SurveySubmission(ReceiptNumber.of(2025, "N0DEPEND"), family.insurer(),
                2025, family.member(), SUBMITTED, List.of(family.dependents().get(0), new DependentId(-1)))))
                .isInstanceOf(org.jooq.exception.DataAccessException.class);

        assertThat(submissions().latestSubmission(family.insurer(), 2025, family.member())).isEmpty();
    }

    @Test
    default void anExtensionIsReplacedWhenExtendedAgainAndConcernsOneMemberAndYearOnly() {
        InsurerCode insurer = newInsurerWithYears();
        MemberId member = newFamily(insurer, "1").member();
        MemberId other = newFamily(insurer, "2").member();

        assertThat(submissions().deadlineExtension(insurer, 2025, member)).isEmpty();
        submissions().extendDeadline(insurer, 2025, member, new SurveyDeadline(LocalDate.of(2025, 9, 15)));
        submissions().extendDeadline(insurer, 2025, member, new SurveyDeadline(LocalDate.of(2025, 9, 30)));
        submissions().extendDeadline(insurer, 2026, member, new SurveyDeadline(LocalDate.of(2026, 10, 1)));

        assertThat(submissions().deadlineExtension(insurer, 2025, member)).contains(new SurveyDeadline(LocalDate.of(2025, 9, 30)));
        assertThat(submissions().deadlineExtension(insurer, 2026, member)).contains(new SurveyDeadline(LocalDate.of(2026, 10, 1)));
        assertThat(submissions().deadlineExtension(insurer, 2025, other)).isEmpty();
        assertThat(submissions().deadlineExtension(insurer, 2024, member)).isEmpty();
    }

    @Test
    default void theSameExtensionSavedFromTwoTabsAtOnceIsOneExtensionAndNoError() throws Exception {
        InsurerCode insurer = newInsurerWithYears();
        MemberId member = newFamily(insurer, "1").member();
        SurveyDeadline until = new SurveyDeadline(LocalDate.of(2025, 9, 30));
        int count = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        List<Future<?>> results = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    submissions().extendDeadline(insurer, 2025, member, until);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> result : results) {
                result.get(30, TimeUnit.SECONDS);
            }
        } finally {
            // No interrupt: an interrupted thread closes the embedded database's file under every other test.
            pool.shutdown();
            pool.awaitTermination(30, TimeUnit.SECONDS);
        }
        assertThat(submissions().deadlineExtension(insurer, 2025, member)).contains(until);
    }

    private SurveySubmissionRepository submissions() {
        return database().surveySubmissions();
    }
}
