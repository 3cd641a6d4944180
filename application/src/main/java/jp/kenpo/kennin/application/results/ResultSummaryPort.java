package jp.kenpo.kennin.application.results;

import java.util.List;
import java.util.Map;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.progress.ProgressStatus;
import jp.kenpo.kennin.domain.review.RemovalReason;

/** The counts behind the board's summary: the dashboard's kept counts and the final removals. */
public interface ResultSummaryPort {
    /** The kept member counts of the year per 事業所 and status, as stored (never {@code EXPIRED}), zero rows left out. */
    List<OfficeStatusCount> progressCounts(InsurerCode insurer, int fiscalYear);

    /** Final removals (削除, approved where the four-eyes rule asked) of the year per reason. */
    Map<RemovalReason, Long> finalRemovals(InsurerCode insurer, int fiscalYear);

    record OfficeStatusCount(String office, ProgressStatus status, long members) {
    }
}
