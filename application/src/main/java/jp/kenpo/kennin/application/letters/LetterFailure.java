package jp.kenpo.kennin.application.letters;

/** Why a letter batch ended FAILED; stored by name in letter_batch.failure, shown through the bundles. */
public enum LetterFailure {
    /** The insurer or its survey year went away between the request and the run. */
    SURVEY_YEAR_MISSING,
    /** Nobody matched the selection any more when the run read the members. */
    NO_MEMBERS,
    /** The PDF could not be made or kept (disk full, font missing, …): the log has the cause. */
    WRITE_FAILED,
    /** The background run could not be asked for. */
    NOT_SCHEDULED
}
