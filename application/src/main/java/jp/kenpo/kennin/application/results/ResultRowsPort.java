package jp.kenpo.kennin.application.results;

import java.util.function.Consumer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;

/**
 * Reads the result rows of one survey year as a stream: rows are handed over one at a time while
 * the database cursor moves, so a million never sit in memory. Ordered by 記号, 番号, 被扶養者番号.
 */
public interface ResultRowsPort {
    /** Hands every row of the year's scope to {@code row}; returns how many it handed. */
    long eachResult(InsurerCode insurer, int fiscalYear, ResultScope scope, Consumer<ResultRow> row);
}
