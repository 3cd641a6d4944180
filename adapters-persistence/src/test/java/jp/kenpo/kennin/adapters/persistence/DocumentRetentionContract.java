package jp.kenpo.kennin.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.kenpo.kennin.adapters.persistence.Fixtures.Family;
import jp.kenpo.kennin.adapters.persistence.retention.DocumentRetentionRepository;
import jp.kenpo.kennin.application.document.DocumentType;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.application.retention.ExpiredDocumentsPort.SurveyYearWithDocuments;
import jp.kenpo.kennin.application.survey.SurveyDocument;
import jp.kenpo.kennin.domain.eligibility.DocumentKind;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import org.junit.jupiter.api.Test;

/** The retention job's side of survey_document (V23): which years still hold files, and the conditional purge mark. */
interface DocumentRetentionContract extends PersistenceContract {
    Instant PURGED = Instant.parse("2026-05-01T00:00:00Z");

    private DocumentRetentionRepository retention() {
        return database().documentRetention();
    }

    private List<StoredDocument.Id> upload(Family family, int fiscalYear, int count, int seed) {
        List<StoredDocument.Id> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StoredDocument.Id id = new StoredDocument.Id(String.format("%08x%024x", seed, i));
            assertThat(database().surveyDocuments().saveDocument(new SurveyDocument(new StoredDocument(id, DocumentType.PDF, 10,
                    "ab".repeat(32)), family.insurer(), fiscalYear, family.dependents().get(0), DocumentKind.INCOME_CERTIFICATE,
                    "課税証明書.pdf", Instant.parse("2025-07-10T00:00:00Z")), 100)).isTrue();
            ids.add(id);
        }
        return ids;
    }

    private List<SurveyYearWithDocuments> yearsOf(InsurerCode insurer) {
        return retention().surveyYearsWithKeptDocuments().stream().filter(y -> y.insurer().equals(insurer)).toList();
    }

    @Test
    default void aYearWithFilesIsListedWithItsLatestDeadlineAndAYearWithoutNone() {
        InsurerCode insurer = newInsurer();
        Fixtures.openSurveyYears(database(), insurer, 2025, 2026, 2027);
        Family family = Fixtures.family(database(), insurer, "1", "妻");
        upload(family, 2025, 1, 1);
        upload(family, 2026, 1, 2);
        database().surveySubmissions().extendDeadline(insurer, 2026, family.member(), new SurveyDeadline(LocalDate.of(2026, 10, 15)));
        database().surveySubmissions().extendDeadline(insurer, 2025, family.member(), new SurveyDeadline(LocalDate.of(2025, 8, 1)));

        assertThat(yearsOf(insurer)).containsExactly(
                new SurveyYearWithDocuments(insurer, 2025, LocalDate.of(2025, 8, 31)),
                new SurveyYearWithDocuments(insurer, 2026, LocalDate.of(2026, 10, 15)));
    }

    @Test
    default void markingIsConditionalAndAPurgedDocumentKeepsItsRowWithTheTime() {
        InsurerCode insurer = newInsurer();
        Fixtures.openSurveyYears(database(), insurer, 2025);
        Family family = Fixtures.family(database(), insurer, "1", "妻");
        List<StoredDocument.Id> ids = upload(family, 2025, 3, 3);

        assertThat(retention().keptDocuments(insurer, 2025, 2)).containsExactlyElementsOf(ids.subList(0, 2));
        assertThat(retention().markPurged(ids.subList(0, 2), PURGED)).isEqualTo(2);
        assertThat(retention().markPurged(ids, PURGED.plusSeconds(60))).as("only the one not yet marked").isEqualTo(1);

        assertThat(retention().keptDocuments(insurer, 2025, 10)).isEmpty();
        assertThat(yearsOf(insurer)).isEmpty();
        SurveyDocument first = database().surveyDocuments().loadDocument(ids.get(0)).orElseThrow();
        assertThat(first.purgedAt()).hasValue(PURGED);
        assertThat(first.fileName()).isEqualTo("課税証明書.pdf");
        assertThat(database().surveyDocuments().loadDocument(ids.get(2)).orElseThrow().purgedAt()).hasValue(PURGED.plusSeconds(60));
        assertThat(database().referencedDocumentIds()).as("the crash cleanup still sees the rows")
                .containsAll(ids.stream().map(StoredDocument.Id::value).toList());
    }

    @Test
    default void twoNodesMarkingTheSameBatchTogetherCountEachDocumentOnce() throws Exception {
        InsurerCode insurer = newInsurer();
        Fixtures.openSurveyYears(database(), insurer, 2025);
        Family family = Fixtures.family(database(), insurer, "1", "妻");
        List<StoredDocument.Id> ids = upload(family, 2025, 50, 4);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> marks = new ArrayList<>();
            for (int node = 0; node < 4; node++) {
                Callable<Integer> mark = () -> retention().markPurged(ids, PURGED);
                marks.add(pool.submit(mark));
            }
            int total = 0;
            for (Future<Integer> m : marks) {
                total += m.get();
            }
            assertThat(total).isEqualTo(50);
        } finally {
            pool.shutdownNow();
        }
    }
}
