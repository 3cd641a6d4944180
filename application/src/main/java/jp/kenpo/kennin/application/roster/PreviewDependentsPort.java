package jp.kenpo.kennin.application.roster;

import java.util.List;
import jp.kenpo.kennin.application.roster.StoreRosterPort.RosterCounts;

/** What {@link StoreDependentsPort#storeDependents} would count, computed by the same comparison without writing anything. */
public interface PreviewDependentsPort {
    RosterCounts previewDependents(List<DependentEntry> entries);
}
