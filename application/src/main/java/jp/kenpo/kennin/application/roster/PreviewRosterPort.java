package jp.kenpo.kennin.application.roster;

import java.util.List;
import jp.kenpo.kennin.application.roster.StoreRosterPort.RosterCounts;
import jp.kenpo.kennin.domain.insurer.InsurerCode;

/** What {@link StoreRosterPort#storeRoster} would count, computed by the same comparison without writing anything. */
public interface PreviewRosterPort {
    RosterCounts previewRoster(InsurerCode insurer, List<RosterEntry> entries);
}
