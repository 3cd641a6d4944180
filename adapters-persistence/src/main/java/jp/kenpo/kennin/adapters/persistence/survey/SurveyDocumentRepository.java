package jp.kenpo.kennin.adapters.persistence.survey;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.SURVEY_DOCUMENT;

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
import org.jooq.DSLContext;

/** What is known of each uploaded proof document; the one mapping between its row and {@link SurveyDocument}. */
public final class SurveyDocumentRepository implements SurveyDocumentPort {
    private final DSLContext dsl;

    public SurveyDocumentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void saveDocument(SurveyDocument document) {
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
    public void deleteDocument(StoredDocument.Id id) {
        dsl.deleteFrom(SURVEY_DOCUMENT).where(SURVEY_DOCUMENT.ID.eq(id.value())).execute();
    }

    private static SurveyDocument toDocument(SurveyDocumentRecord r) {
        StoredDocument stored = new StoredDocument(new StoredDocument.Id(r.getId()), DocumentType.valueOf(r.getDocumentType()),
                r.getSizeBytes(), r.getSha256());
        return new SurveyDocument(stored, new InsurerCode(r.getInsurerCode()), r.getFiscalYear(), new DependentId(r.getDependentId()),
                DocumentKind.valueOf(r.getKind()), r.getFileName(), r.getUploadedAt());
    }
}
