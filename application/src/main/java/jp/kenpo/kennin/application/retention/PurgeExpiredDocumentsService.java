package jp.kenpo.kennin.application.retention;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.document.DocumentStoragePort;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.application.retention.ExpiredDocumentsPort.SurveyYearWithDocuments;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.audit.AuditEvent;

/**
 * For each due year, batch by batch: the stored bytes are deleted first, then the rows are marked
 * purged. A crash between the two leaves rows unmarked whose bytes are gone; the next run deletes
 * them again (a delete of nothing is fine) and marks them. The other order could leave bytes that
 * no run would ever look at again. One audit line per batch names the year and the count.
 */
public final class PurgeExpiredDocumentsService implements PurgeExpiredDocumentsUseCase {
    private final ExpiredDocumentsPort documents;
    private final DocumentStoragePort storage;
    private final RecordAuditPort audit;
    private final DocumentRetention retention;

    public PurgeExpiredDocumentsService(ExpiredDocumentsPort documents, DocumentStoragePort storage, RecordAuditPort audit,
                                        DocumentRetention retention) {
        this.documents = documents;
        this.storage = storage;
        this.audit = audit;
        this.retention = retention;
    }

    @Override
    public PurgeRun purgeExpiredDocuments(PurgeExpiredDocumentsCommand command) {
        List<SurveyYearWithDocuments> due = new ArrayList<>();
        for (SurveyYearWithDocuments year : documents.surveyYearsWithKeptDocuments()) {
            if (retention.isDue(year.lastDeadline(), command.now())) {
                due.add(year);
            }
        }
        int purged = 0;
        for (SurveyYearWithDocuments year : due) {
            while (purged < command.maxPerRun()) {
                List<StoredDocument.Id> batch = documents.keptDocuments(year.insurer(), year.fiscalYear(),
                        Math.min(command.batchSize(), command.maxPerRun() - purged));
                if (batch.isEmpty()) {
                    break;
                }
                List<StoredDocument.Id> deleted = new ArrayList<>();
                Optional<UncheckedIOException> failure = Optional.empty();
                for (StoredDocument.Id id : batch) {
                    try {
                        storage.delete(id);
                        deleted.add(id);
                    } catch (UncheckedIOException e) {
                        failure = Optional.of(e);
                        break;
                    }
                }
                int marked = deleted.isEmpty() ? 0 : documents.markPurged(deleted, command.now());
                purged += marked;
                if (marked > 0) {
                    audit.record(new AuditEvent(command.now(), AuditAction.DOCUMENTS_PURGED, year.insurer().value(),
                            Optional.empty(), Optional.empty(), "", "fiscalYear=" + year.fiscalYear() + " documents=" + marked
                            + " lastDeadline=" + year.lastDeadline() + " retentionMonths=" + retention.months()));
                }
                if (failure.isPresent()) {
                    return new PurgeRun(due.size(), purged, true);
                }
                if (marked < deleted.size() && marked == 0) {
                    // Another node marked this whole batch meanwhile: it is purging this year; leave it to it.
                    break;
                }
            }
        }
        return new PurgeRun(due.size(), purged, false);
    }
}
