package jp.kenpo.kennin.adapters.persistence.retention;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.DEADLINE_EXTENSION;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.SURVEY_DOCUMENT;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.SURVEY_YEAR;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.application.retention.ExpiredDocumentsPort;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The retention job's reads and its conditional mark on {@code survey_document.purged_at} (V23). */
public final class DocumentRetentionRepository implements ExpiredDocumentsPort {
    private final DSLContext dsl;

    public DocumentRetentionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<SurveyYearWithDocuments> surveyYearsWithKeptDocuments() {
        // The survey's own deadline or the latest a member was granted: the year closes when the later one ends.
        org.jooq.Field<LocalDate> latestExtension = DSL.field(DSL.select(DSL.max(DEADLINE_EXTENSION.DEADLINE))
                .from(DEADLINE_EXTENSION)
                .where(DEADLINE_EXTENSION.INSURER_CODE.eq(SURVEY_YEAR.INSURER_CODE))
                .and(DEADLINE_EXTENSION.FISCAL_YEAR.eq(SURVEY_YEAR.FISCAL_YEAR)));
        return dsl.select(SURVEY_YEAR.INSURER_CODE, SURVEY_YEAR.FISCAL_YEAR, SURVEY_YEAR.DEADLINE, latestExtension)
                .from(SURVEY_YEAR)
                .whereExists(DSL.selectOne().from(SURVEY_DOCUMENT)
                        .where(SURVEY_DOCUMENT.INSURER_CODE.eq(SURVEY_YEAR.INSURER_CODE))
                        .and(SURVEY_DOCUMENT.FISCAL_YEAR.eq(SURVEY_YEAR.FISCAL_YEAR))
                        .and(SURVEY_DOCUMENT.PURGED_AT.isNull()))
                .orderBy(SURVEY_YEAR.INSURER_CODE, SURVEY_YEAR.FISCAL_YEAR)
                .fetch(r -> {
                    LocalDate deadline = r.value3();
                    LocalDate latest = r.value4();
                    return new SurveyYearWithDocuments(new InsurerCode(r.value1()), r.value2(),
                            latest != null && latest.isAfter(deadline) ? latest : deadline);
                });
    }

    @Override
    public List<StoredDocument.Id> keptDocuments(InsurerCode insurer, int fiscalYear, int limit) {
        return dsl.select(SURVEY_DOCUMENT.ID).from(SURVEY_DOCUMENT)
                .where(SURVEY_DOCUMENT.INSURER_CODE.eq(insurer.value()))
                .and(SURVEY_DOCUMENT.FISCAL_YEAR.eq(fiscalYear))
                .and(SURVEY_DOCUMENT.PURGED_AT.isNull())
                .orderBy(SURVEY_DOCUMENT.ID)
                .limit(limit)
                .fetch(r -> new StoredDocument.Id(r.value1()));
    }

    @Override
    public int markPurged(List<StoredDocument.Id> ids, Instant at) {
        if (ids.isEmpty()) {
            return 0;
        }
        // Conditional: a row another node marked meanwhile is not counted (nor its time changed).
        return dsl.update(SURVEY_DOCUMENT).set(SURVEY_DOCUMENT.PURGED_AT, at)
                .where(SURVEY_DOCUMENT.ID.in(ids.stream().map(StoredDocument.Id::value).toList()))
                .and(SURVEY_DOCUMENT.PURGED_AT.isNull())
                .execute();
    }
}
