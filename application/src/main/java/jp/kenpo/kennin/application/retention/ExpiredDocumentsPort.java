package jp.kenpo.kennin.application.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.domain.insurer.InsurerCode;

/** What the purge needs of the documents' records. */
public interface ExpiredDocumentsPort {

    /** Every survey year (of every insurer) that still has documents not purged, with its last deadline. */
    List<SurveyYearWithDocuments> surveyYearsWithKeptDocuments();

    /** Up to {@code limit} ids of a year's documents not purged yet. */
    List<StoredDocument.Id> keptDocuments(InsurerCode insurer, int fiscalYear, int limit);

    /**
     * Marks documents purged at {@code at}, each only if it is not already (a conditional update):
     * of two nodes purging the same document, one marks it.
     *
     * @return how many this call marked
     */
    int markPurged(List<StoredDocument.Id> ids, Instant at);

    /**
     * @param lastDeadline the survey's deadline or the latest deadline staff granted a member, whichever is later
     */
    record SurveyYearWithDocuments(InsurerCode insurer, int fiscalYear, LocalDate lastDeadline) {
        public SurveyYearWithDocuments {
            Objects.requireNonNull(insurer);
            Objects.requireNonNull(lastDeadline);
        }
    }
}
