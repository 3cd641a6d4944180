package jp.kenpo.kennin.application.progress;

import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.domain.insurer.InsurerCode;

/**
 * (Re)computes every member's progress for a survey year and its counts, in batches of members
 * (each its own transaction, so a million members never sit in memory or in one transaction):
 * when a year is opened or set up and after a roster is loaded, so the dashboard is right without
 * a manual step. Counts stay exact throughout: each batch moves them by what changed.
 */
public interface RebuildProgressUseCase {
    RebuildProgressResult rebuildProgress(RebuildProgressCommand command);

    /** @param fiscalYear the insurer's current year when empty */
    record RebuildProgressCommand(InsurerCode insurer, Optional<Integer> fiscalYear) {
        public RebuildProgressCommand {
            Objects.requireNonNull(insurer);
            Objects.requireNonNull(fiscalYear);
        }

        public static RebuildProgressCommand currentYear(InsurerCode insurer) {
            return new RebuildProgressCommand(insurer, Optional.empty());
        }
    }

    sealed interface RebuildProgressResult {
        record Rebuilt(int fiscalYear, long members) implements RebuildProgressResult {
        }

        /** No such insurer, or the year was never opened: nothing to keep. */
        record NoSurveyYear() implements RebuildProgressResult {
        }
    }
}
