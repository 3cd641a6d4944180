package jp.kenpo.kennin.application.roster;

import java.util.List;
import jp.kenpo.kennin.domain.insurer.InsurerCode;

/**
 * Inserts or updates members by (insurer, 記号, 番号). A row equal to what is stored changes
 * nothing; a member who changed their own address keeps it. Called inside a transaction.
 */
public interface StoreRosterPort {
    RosterCounts storeRoster(InsurerCode insurer, List<RosterEntry> entries);

    record RosterCounts(int created, int updated, int unchanged) {
    }
}
