package jp.kenpo.kennin.application.roster;

import java.util.List;
import jp.kenpo.kennin.domain.insurer.InsurerCode;

/**
 * Inserts or updates members by (insurer, 記号, 番号). A row equal to what is stored changes
 * nothing; a member who changed their own address keeps it. The rows are staged as the file is
 * read and merged in one go ({@link RosterStage}); called inside a transaction.
 */
public interface StoreRosterPort {
    RosterStage<RosterEntry> stageRoster(InsurerCode insurer);

    /** A few entries already in memory (the demo, fixtures), through the same stage and merge; rows must not repeat a card. */
    default RosterCounts storeRoster(InsurerCode insurer, List<RosterEntry> entries) {
        try (RosterStage<RosterEntry> stage = stageRoster(insurer)) {
            int line = 2;
            for (RosterEntry entry : entries) {
                stage.add(line++, entry);
            }
            return stage.merge();
        }
    }

    record RosterCounts(int created, int updated, int unchanged) {
    }
}
