package jp.kenpo.kennin.adapters.persistence.survey;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.SURVEY_DOCUMENT;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.SURVEY_DOCUMENT_COUNT;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.SURVEY_RESPONSE;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.adapters.persistence.jooq.tables.records.SurveyDocumentRecord;
import jp.kenpo.kennin.application.document.DocumentType;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.application.survey.SurveyDocument;
import jp.kenpo.kennin.application.survey.SurveyDocumentPort;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.eligibility.DocumentKind;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.review.DocumentRejectionReason;
import jp.kenpo.kennin.domain.review.FileRejection;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.survey.SurveyStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/** What is known of each uploaded proof document; the one mapping between its row and {@link SurveyDocument}. */
public final class SurveyDocumentRepository implements SurveyDocumentPort {
    private static final String UNIQUE_VIOLATION = "23505";

    private final DSLContext dsl;

    public SurveyDocumentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Takes a place by one conditional update of the dependent's count (which also locks that
     * count until the transaction ends), then inserts the row, in one transaction (a savepoint
     * inside the caller's): the count and the rows never disagree, and racing uploads queue on
     * the count instead of all seeing room.
     */
    @Override
    public boolean saveDocument(SurveyDocument document, int maxFiles) {
        return dsl.transactionResult(() -> {
            ensureCount(document);
            int placed = dsl.update(SURVEY_DOCUMENT_COUNT)
                    .set(SURVEY_DOCUMENT_COUNT.FILES, SURVEY_DOCUMENT_COUNT.FILES.plus(1))
                    .where(countOf(document.insurer().value(), document.fiscalYear(), document.dependent().value()),
                            SURVEY_DOCUMENT_COUNT.FILES.lt(maxFiles))
                    .execute();
            if (placed == 0) {
                return false;
            }
            insert(document);
            return true;
        });
    }

    /** The dependent's first upload of the year creates its count; of two first uploads, one does. */
    private void ensureCount(SurveyDocument document) {
        Condition count = countOf(document.insurer().value(), document.fiscalYear(), document.dependent().value());
        if (dsl.fetchExists(SURVEY_DOCUMENT_COUNT, count)) {
            return;
        }
        try {
            dsl.transaction(() -> dsl.insertInto(SURVEY_DOCUMENT_COUNT)
                    .set(SURVEY_DOCUMENT_COUNT.INSURER_CODE, document.insurer().value())
                    .set(SURVEY_DOCUMENT_COUNT.FISCAL_YEAR, document.fiscalYear())
                    .set(SURVEY_DOCUMENT_COUNT.DEPENDENT_ID, document.dependent().value())
                    .set(SURVEY_DOCUMENT_COUNT.FILES, 0)
                    .execute());
        } catch (DataAccessException e) {
            if (!UNIQUE_VIOLATION.equals(e.sqlState())) {
                throw e;
            }
        }
    }

    private static Condition countOf(String insurer, int fiscalYear, long dependent) {
        return SURVEY_DOCUMENT_COUNT.INSURER_CODE.eq(insurer).and(SURVEY_DOCUMENT_COUNT.FISCAL_YEAR.eq(fiscalYear))
                .and(SURVEY_DOCUMENT_COUNT.DEPENDENT_ID.eq(dependent));
    }

    private void insert(SurveyDocument document) {
        SurveyDocumentRecord r = dsl.newRecord(SURVEY_DOCUMENT);
        StoredDocument stored = document.stored();
        r.setId(stored.id().value());
        r.setInsurerCode(document.insurer().value());
        r.setFiscalYear(document.fiscalYear());
        r.setDependentId(document.dependent().value());
        r.setKind(document.kind().name());
        r.setDocumentType(stored.type().name());
        r.setSizeBytes(stored.size());
        r.setSha256(stored.sha256());
        r.setFileName(document.fileName());
        r.setUploadedAt(document.uploadedAt());
        dsl.insertInto(SURVEY_DOCUMENT).set(r).execute();
    }

    @Override
    public Optional<SurveyDocument> loadDocument(StoredDocument.Id id) {
        return dsl.selectFrom(SURVEY_DOCUMENT)
                .where(SURVEY_DOCUMENT.ID.eq(id.value()))
                .fetchOptional(SurveyDocumentRepository::toDocument);
    }

    @Override
    public List<SurveyDocument> documentsOf(InsurerCode insurer, int fiscalYear, Collection<DependentId> dependents) {
        if (dependents.isEmpty()) {
            return List.of();
        }
        return dsl.selectFrom(SURVEY_DOCUMENT)
                .where(SURVEY_DOCUMENT.INSURER_CODE.eq(insurer.value()), SURVEY_DOCUMENT.FISCAL_YEAR.eq(fiscalYear),
                        SURVEY_DOCUMENT.DEPENDENT_ID.in(dependents.stream().map(DependentId::value).toList()))
                .orderBy(SURVEY_DOCUMENT.UPLOADED_AT, SURVEY_DOCUMENT.ID)
                .fetch(SurveyDocumentRepository::toDocument);
    }

    @Override
    public boolean deleteDocument(StoredDocument.Id id) {
        return dsl.transactionResult(() -> {
            Optional<SurveyDocumentRecord> row = dsl.selectFrom(SURVEY_DOCUMENT).where(SURVEY_DOCUMENT.ID.eq(id.value()))
                    .fetchOptional();
            if (row.isEmpty()) {
                return true;
            }
            SurveyDocumentRecord r = row.get();
            if (!holdWhileEditable(r)) {
                return false;
            }
            // Only the delete that removed the row frees its place: two deletes of one file free one.
            if (dsl.deleteFrom(SURVEY_DOCUMENT).where(SURVEY_DOCUMENT.ID.eq(id.value())).execute() == 1) {
                dsl.update(SURVEY_DOCUMENT_COUNT)
                        .set(SURVEY_DOCUMENT_COUNT.FILES, SURVEY_DOCUMENT_COUNT.FILES.minus(1))
                        .where(countOf(r.getInsurerCode(), r.getFiscalYear(), r.getDependentId()))
                        .execute();
            }
            return true;
        });
    }

    /**
     * Locks the dependent's response row until the transaction ends if the member may still
     * change it (a no-op update that only matches an editable status); true too when there is
     * no response yet, since nothing can be submitted without one.
     */
    private boolean holdWhileEditable(SurveyDocumentRecord document) {
        Condition response = SURVEY_RESPONSE.INSURER_CODE.eq(document.getInsurerCode())
                .and(SURVEY_RESPONSE.FISCAL_YEAR.eq(document.getFiscalYear()))
                .and(SURVEY_RESPONSE.DEPENDENT_ID.eq(document.getDependentId()));
        int held = dsl.update(SURVEY_RESPONSE).set(SURVEY_RESPONSE.STATUS, SURVEY_RESPONSE.STATUS)
                .where(response, SURVEY_RESPONSE.STATUS.notIn(SurveyStatus.SUBMITTED.name(), SurveyStatus.CONFIRMED.name(),
                        SurveyStatus.REMOVED.name()))
                .execute();
        return held == 1 || !dsl.fetchExists(SURVEY_RESPONSE, response);
    }

    private static SurveyDocument toDocument(SurveyDocumentRecord r) {
        StoredDocument stored = new StoredDocument(new StoredDocument.Id(r.getId()), DocumentType.valueOf(r.getDocumentType()),
                r.getSizeBytes(), r.getSha256());
        Optional<FileRejection> rejection = Optional.ofNullable(r.getRejectionReason()).map(reason -> new FileRejection(
                DocumentRejectionReason.valueOf(reason), new StaffId(r.getRejectedBy()), r.getRejectedAt()));
        return new SurveyDocument(stored, new InsurerCode(r.getInsurerCode()), r.getFiscalYear(), new DependentId(r.getDependentId()),
                DocumentKind.valueOf(r.getKind()), r.getFileName(), r.getUploadedAt(), rejection,
                // --- objectstore --- the retention job deleted the bytes; the row stays
                Optional.ofNullable(r.getPurgedAt()));
    }
}
