package jp.kenpo.kennin.application.roster;

import java.util.List;
import jp.kenpo.kennin.application.roster.StoreRosterPort.RosterCounts;

/**
 * Inserts or updates dependents by (member, 被扶養者番号). A row equal to what is stored changes
 * nothing. Dependents missing from the file are kept: losing status is a decision with a date of
 * its own, not something a missing line may imply. Called inside a transaction.
 */
public interface StoreDependentsPort {
    RosterCounts storeDependents(List<DependentEntry> entries);
}
