package jp.kenpo.kennin.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.kenpo.kennin.adapters.persistence.Fixtures.Family;
import jp.kenpo.kennin.adapters.persistence.survey.SurveyDocumentRepository;
import jp.kenpo.kennin.application.document.DocumentType;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.application.survey.SurveyDocument;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.eligibility.DocumentKind;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.survey.SurveyAnswers;
import jp.kenpo.kennin.domain.survey.SurveyResponse;
import org.junit.jupiter.api.Test;

/** Uploaded documents' metadata: kept whole, listed per dependents and year oldest first, deleted once. */
interface SurveyDocumentContract extends PersistenceContract {
    Instant UPLOADED = Instant.parse("2025-07-10T01:02:03.456789Z");
    int LIMIT = 30;

    private Family newFamily() {
        InsurerCode insurer = newInsurer();
        Fixtures.openSurveyYears(database(), insurer, 2025, 2026);
        return Fixtures.family(database(), insurer, "1", "妻", "長男", "父");
    }

    private static StoredDocument.Id id(int n) {
        return new StoredDocument.Id(String.format("%032x", n));
    }

    private static SurveyDocument document(Family family, int fiscalYear, DependentId dependent, StoredDocument.Id id,
                                           Instant uploadedAt) {
        return new SurveyDocument(new StoredDocument(id, DocumentType.PDF, 1_024, "ab".repeat(32)), family.insurer(), fiscalYear,
                dependent, DocumentKind.INCOME_CERTIFICATE, "課税証明書.pdf", uploadedAt);
    }

    @Test
    default void aDocumentComesBackWithEveryField() {
        Family family = newFamily();
        StoredDocument.Id id = new StoredDocument.Id("0123456789abcdef0123456789abcdef");
        SurveyDocument document = new SurveyDocument(
                new StoredDocument(id, DocumentType.HEIC, 5_000_000_000L,
                        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
                family.insurer(), 2025, family.dependents().get(1), DocumentKind.PAYSLIPS_OR_EMPLOYER_CERTIFICATE,
                "給与明細（𠮷田商店）".repeat(20).substring(0, SurveyDocument.MAX_FILE_NAME), UPLOADED);

        assertThat(documents().saveDocument(document, LIMIT)).isTrue();

        assertThat(documents().loadDocument(id)).contains(document);
        assertThat(documents().loadDocument(id(404))).isEmpty();
    }

    @Test
    default void documentsOfListsOnlyThoseDependentsInThatYearOldestUploadFirstThenById() {
        Family family = newFamily();
        DependentId wife = family.dependents().get(0);
        DependentId son = family.dependents().get(1);
        DependentId father = family.dependents().get(2);
        SurveyDocument latest = document(family, 2025, wife, id(1), UPLOADED.plusSeconds(60));
        SurveyDocument earliest = document(family, 2025, son, id(9), UPLOADED.minusNanos(1_000));
        SurveyDocument sameTimeLowerId = document(family, 2025, son, id(2), UPLOADED);
        SurveyDocument sameTimeHigherId = document(family, 2025, wife, id(3), UPLOADED);
        SurveyDocument otherDependent = document(family, 2025, father, id(4), UPLOADED);
        SurveyDocument otherYear = document(family, 2026, wife, id(5), UPLOADED);
        List.of(latest, sameTimeHigherId, otherDependent, earliest, otherYear, sameTimeLowerId).forEach(d -> documents().saveDocument(d, LIMIT));

        assertThat(documents().documentsOf(family.insurer(), 2025, List.of(wife, son)))
                .containsExactly(earliest, sameTimeLowerId, sameTimeHigherId, latest);
        assertThat(documents().documentsOf(family.insurer(), 2026, List.of(wife, son, father))).containsExactly(otherYear);
        assertThat(documents().documentsOf(family.insurer(), 2024, List.of(wife, son, father))).isEmpty();
        assertThat(documents().documentsOf(newInsurer(), 2025, List.of(wife, son, father))).isEmpty();
        assertThat(documents().documentsOf(family.insurer(), 2025, List.of())).isEmpty();
    }

    @Test
    default void deletingIsIdempotentAndLeavesTheOtherDocuments() {
        Family family = newFamily();
        SurveyDocument gone = document(family, 2025, family.dependents().get(0), id(11), UPLOADED);
        SurveyDocument kept = document(family, 2025, family.dependents().get(0), id(12), UPLOADED);
        documents().saveDocument(gone, LIMIT);
        documents().saveDocument(kept, LIMIT);

        documents().deleteDocument(gone.id());
        documents().deleteDocument(gone.id());
        documents().deleteDocument(id(13));

        assertThat(documents().loadDocument(gone.id())).isEmpty();
        assertThat(documents().documentsOf(family.insurer(), 2025, family.dependents())).containsExactly(kept);
    }

    @Test
    default void aDocumentNeedsAnOpenSurveyYearAndAStoredDependent() {
        Family family = newFamily();
        assertThatThrownBy(() -> documents().saveDocument(document(family, 2030, family.dependents().get(0), id(21), UPLOADED), LIMIT))
                .isInstanceOf(org.jooq.exception.DataAccessException.class);
        assertThatThrownBy(() -> documents().saveDocument(document(family, 2025, new DependentId(-1), id(22), UPLOADED), LIMIT))
                .isInstanceOf(org.jooq.exception.DataAccessException.class);
        assertThat(documents().loadDocument(id(21))).isEmpty();
    }

    @Test
    default void aDependentsFilesStopAtTheLimitPerYearAndADeletedFileFreesItsPlaceOnce() {
        Family family = newFamily();
        DependentId wife = family.dependents().get(0);
        DependentId son = family.dependents().get(1);
        SurveyDocument first = document(family, 2025, wife, id(31), UPLOADED);
        assertThat(documents().saveDocument(first, 2)).isTrue();
        assertThat(documents().saveDocument(document(family, 2025, wife, id(32), UPLOADED), 2)).isTrue();

        assertThat(documents().saveDocument(document(family, 2025, wife, id(33), UPLOADED), 2)).as("a third of two").isFalse();
        assertThat(documents().loadDocument(id(33))).isEmpty();
        assertThat(documents().saveDocument(document(family, 2025, son, id(34), UPLOADED), 2)).as("another dependent").isTrue();
        assertThat(documents().saveDocument(document(family, 2026, wife, id(35), UPLOADED), 2)).as("another year").isTrue();

        documents().deleteDocument(first.id());
        documents().deleteDocument(first.id());
        assertThat(documents().saveDocument(document(family, 2025, wife, id(36), UPLOADED), 2)).isTrue();
        assertThat(documents().saveDocument(document(family, 2025, wife, id(37), UPLOADED), 2))
                .as("deleting one file twice freed one place").isFalse();
        assertThat(documents().documentsOf(family.insurer(), 2025, List.of(wife))).extracting(SurveyDocument::id)
                .containsExactly(id(32), id(36));
    }

    @Test
    default void aFileOfASubmittedResponseIsNotDeletedUntilStaffSendItBack() {
        Family family = newFamily();
        DependentId son = family.dependents().get(1);
        SurveyDocument proof = document(family, 2025, son, id(41), UPLOADED);
        documents().saveDocument(proof, LIMIT);
        SurveyResponse draft = SurveyResponse.notStarted(family.insurer(), 2025, son).withAnswers(SurveyAnswers.none());
        database().surveyResponses().saveDraft(draft);
        database().surveyResponses().markSubmitted(draft.submitted());

        assertThat(documents().deleteDocument(proof.id())).isFalse();
        assertThat(documents().loadDocument(proof.id())).contains(proof);

        database().surveyResponses().markReturned(draft.submitted().returnedBecause("別の書類を添付してください。"));
        assertThat(documents().deleteDocument(proof.id())).isTrue();
        assertThat(documents().loadDocument(proof.id())).isEmpty();
        assertThat(documents().deleteDocument(proof.id())).as("already gone").isTrue();
    }

    @Test
    default void ofFortyFiveUploadsAtOnceThirtyAreKept() throws Exception {
        Family family = newFamily();
        DependentId son = family.dependents().get(1);
        int uploads = 45;
        ExecutorService pool = Executors.newFixedThreadPool(uploads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < uploads; i++) {
                SurveyDocument document = document(family, 2025, son, id(100 + i), UPLOADED);
                results.add(pool.submit(() -> {
                    start.await();
                    return database().transactions().inTransaction(() -> documents().saveDocument(document, LIMIT));
                }));
            }
            start.countDown();
            int kept = 0;
            for (Future<Boolean> result : results) {
                kept += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(kept).isEqualTo(LIMIT);
        } finally {
            pool.shutdownNow();
        }
        assertThat(documents().documentsOf(family.insurer(), 2025, List.of(son))).hasSize(LIMIT);
    }

    private SurveyDocumentRepository documents() {
        return database().surveyDocuments();
    }
}
