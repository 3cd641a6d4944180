package jp.kenpo.kennin.application.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kenpo.kennin.application.document.DocumentCheck;
import jp.kenpo.kennin.application.document.DocumentStoragePort;
import jp.kenpo.kennin.application.document.StagedUpload;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.application.fakes.InMemoryDocumentStorage;
import jp.kenpo.kennin.application.fakes.RecordingAuditLog;
import jp.kenpo.kennin.application.retention.PurgeExpiredDocumentsUseCase.PurgeExpiredDocumentsCommand;
import jp.kenpo.kennin.application.retention.PurgeExpiredDocumentsUseCase.PurgeRun;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import org.junit.jupiter.api.Test;

class ClosedSurveyYearsLoseTheirFilesAfterTheRetentionTest {
    private static final InsurerCode OMRON = new InsurerCode("omron");
    private static final DocumentRetention SIX_MONTHS = new DocumentRetention(6);

    private final InMemoryDocumentStorage storage = new InMemoryDocumentStorage();
    private final Documents records = new Documents();
    private final RecordingAuditLog audit = new RecordingAuditLog();

    private PurgeExpiredDocumentsService purge(DocumentStoragePort store) {
        return new PurgeExpiredDocumentsService(records, store, audit, SIX_MONTHS);
    }

    private static Instant tokyo(String dateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(dateTime), SurveyDeadline.TOKYO).toInstant();
    }

    private List<StoredDocument.Id> upload(int fiscalYear, LocalDate lastDeadline, int count) {
        List<StoredDocument.Id> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StagedUpload staged = (StagedUpload) storage.stage(new ByteArrayInputStream(InMemoryDocumentStorage.pdf()), 1_000_000);
            StoredDocument kept = storage.keep(staged, (DocumentCheck.Accepted) storage.inspect(staged, "a.pdf", null));
            records.add(fiscalYear, lastDeadline, kept.id());
            ids.add(kept.id());
        }
        return ids;
    }

    @Test
    void aYearIsPurgedOnlyOnceItsLastDeadlineIsMoreThanTheRetentionAgoInTokyo() {
        upload(2025, LocalDate.of(2025, 10, 31), 3);

        PurgeRun early = purge(storage).purgeExpiredDocuments(new PurgeExpiredDocumentsCommand(tokyo("2026-04-30T23:59:59"), 100, 1000));
        PurgeRun due = purge(storage).purgeExpiredDocuments(new PurgeExpiredDocumentsCommand(tokyo("2026-05-01T00:00:00"), 100, 1000));

        assertThat(early).isEqualTo(new PurgeRun(0, 0, false));
        assertThat(due).isEqualTo(new PurgeRun(1, 3, false));
        assertThat(storage.files()).isZero();
        assertThat(records.purgedAt).hasSize(3).allSatisfy((id, at) -> assertThat(at).isEqualTo(tokyo("2026-05-01T00:00:00")));
        assertThat(audit.withAction(AuditAction.DOCUMENTS_PURGED)).singleElement().satisfies(e -> {
            assertThat(e.insurerCode()).isEqualTo("omron");
            assertThat(e.detail()).contains("fiscalYear=2025", "documents=3", "lastDeadline=2025-10-31", "retentionMonths=6");
        });
    }

    @Test
    void aYearStillOpenOrRecentlyClosedKeepsItsFilesWhileAnOldOneLosesThem() {
        upload(2024, LocalDate.of(2024, 10, 31), 2);
        List<StoredDocument.Id> recent = upload(2025, LocalDate.of(2026, 1, 15), 2);

        PurgeRun run = purge(storage).purgeExpiredDocuments(new PurgeExpiredDocumentsCommand(tokyo("2026-06-01T03:00:00"), 100, 1000));

        assertThat(run).isEqualTo(new PurgeRun(1, 2, false));
        assertThat(storage.files()).isEqualTo(2);
        assertThat(records.purgedAt.keySet()).doesNotContainAnyElementsOf(recent);
    }

    @Test
    void aSecondRunFindsNothingAndWritesNoAuditLine() {
        upload(2024, LocalDate.of(2024, 10, 31), 2);
        Instant now = tokyo("2026-01-01T00:00:00");
        purge(storage).purgeExpiredDocuments(new PurgeExpiredDocumentsCommand(now, 100, 1000));

        PurgeRun again = purge(storage).purgeExpiredDocuments(new PurgeExpiredDocumentsCommand(now.plusSeconds(3600), 100, 1000));

        assertThat(again).isEqualTo(new PurgeRun(0, 0, false));
        assertThat(audit.withAction(AuditAction.DOCUMENTS_PURGED)).hasSize(1);
        assertThat(records.purgedAt.values()).containsOnly(now);
    }

    @Test
    void manyDocumentsGoInBatchesWithOneAuditLineEachAndARunStopsAtItsMaximum() {
        upload(2024, LocalDate.of(2024, 10, 31), 25);
        Instant now = tokyo("2026-01-01T00:00:00");

        PurgeRun first = purge(storage).purgeExpiredDocuments(new PurgeExpiredDocumentsCommand(now, 10, 22));
        PurgeRun second = purge(storage).purgeExpiredDocuments(new PurgeExpiredDocumentsCommand(now, 10, 22));

        assertThat(first.purged()).isEqualTo(22);
        assertThat(second.purged()).isEqualTo(3);
        assertThat(audit.withAction(AuditAction.DOCUMENTS_PURGED)).extracting(e -> e.detail().replaceAll(".*documents=(\\d+).*", "$1"))
                .containsExactly("10", "10", "2", "3");
        assertThat(storage.files()).isZero();
    }

    @Test
    void whenTheStoreFailsTheRunStopsMarksOnlyWhatWasDeletedAndTheNextRunFinishes() {
        List<StoredDocument.Id> ids = upload(2024, LocalDate.of(2024, 10, 31), 5);
        Instant now = tokyo("2026-01-01T00:00:00");
        FailingAfter flaky = new FailingAfter(storage, 2);

        PurgeRun broken = purge(flaky).purgeExpiredDocuments(new PurgeExpiredDocumentsCommand(now, 100, 1000));

        assertThat(broken).isEqualTo(new PurgeRun(1, 2, true));
        assertThat(records.purgedAt.keySet()).containsExactlyInAnyOrderElementsOf(ids.subList(0, 2));
        assertThat(storage.files()).isEqualTo(3);

        PurgeRun next = purge(storage).purgeExpiredDocuments(new PurgeExpiredDocumentsCommand(now.plusSeconds(60), 100, 1000));
        assertThat(next).isEqualTo(new PurgeRun(1, 3, false));
        assertThat(storage.files()).isZero();
    }

    @Test
    void aBatchAnotherNodeMarkedFirstIsNotCountedTwice() {
        upload(2024, LocalDate.of(2024, 10, 31), 4);
        Instant now = tokyo("2026-01-01T00:00:00");
        records.otherNodeMarksBeforeUs = true;

        PurgeRun run = purge(storage).purgeExpiredDocuments(new PurgeExpiredDocumentsCommand(now, 100, 1000));

        assertThat(run.purged()).isZero();
        assertThat(audit.withAction(AuditAction.DOCUMENTS_PURGED)).isEmpty();
        assertThat(storage.files()).as("deleting again is harmless").isZero();
    }

    /** The records' side of the purge, with the conditional mark of the real tables. */
    private static final class Documents implements ExpiredDocumentsPort {
        private final Map<StoredDocument.Id, Integer> yearOf = new LinkedHashMap<>();
        private final Map<Integer, LocalDate> deadlines = new HashMap<>();
        final Map<StoredDocument.Id, Instant> purgedAt = new LinkedHashMap<>();
        boolean otherNodeMarksBeforeUs;

        void add(int fiscalYear, LocalDate lastDeadline, StoredDocument.Id id) {
            yearOf.put(id, fiscalYear);
            deadlines.put(fiscalYear, lastDeadline);
        }

        @Override
        public List<SurveyYearWithDocuments> surveyYearsWithKeptDocuments() {
            return yearOf.entrySet().stream().filter(e -> !purgedAt.containsKey(e.getKey())).map(Map.Entry::getValue).distinct()
                    .map(y -> new SurveyYearWithDocuments(OMRON, y, deadlines.get(y))).toList();
        }

        @Override
        public List<StoredDocument.Id> keptDocuments(InsurerCode insurer, int fiscalYear, int limit) {
            return yearOf.entrySet().stream().filter(e -> e.getValue() == fiscalYear && !purgedAt.containsKey(e.getKey()))
                    .map(Map.Entry::getKey).limit(limit).toList();
        }

        @Override
        public int markPurged(List<StoredDocument.Id> ids, Instant at) {
            if (otherNodeMarksBeforeUs) {
                ids.forEach(id -> purgedAt.putIfAbsent(id, at.minusSeconds(1)));
            }
            int marked = 0;
            for (StoredDocument.Id id : ids) {
                if (purgedAt.putIfAbsent(id, at) == null) {
                    marked++;
                }
            }
            return marked;
        }
    }

    /** A store that goes down after some deletes. */
    private static final class FailingAfter implements DocumentStoragePort {
        private final InMemoryDocumentStorage inner;
        private int left;

        FailingAfter(InMemoryDocumentStorage inner, int deletes) {
            this.inner = inner;
            this.left = deletes;
        }

        @Override
        public void delete(StoredDocument.Id id) {
            if (left-- <= 0) {
                throw new UncheckedIOException(new java.io.IOException("store down"));
            }
            inner.delete(id);
        }

        @Override
        public jp.kenpo.kennin.application.document.StageResult stage(java.io.InputStream content, long maxBytes) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DocumentCheck inspect(StagedUpload staged, String name, String type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public StoredDocument keep(StagedUpload staged, DocumentCheck.Accepted accepted) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.io.InputStream open(StoredDocument.Id id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void discard(StagedUpload staged) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void checkReachable() {
        }
    }
}
