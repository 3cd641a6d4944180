package jp.kenpo.kennin.application.roster;

import jp.kenpo.kennin.domain.insurer.InsurerCode;

/**
 * Inserts or updates dependents by (member, 被扶養者番号), the member found by card within the
 * insurer. A row equal to what is stored changes nothing. Dependents missing from the file are
 * kept: losing status is a decision with a date of its own, not something a missing line may
 * imply. The rows are staged as the file is read and merged in one go; called inside a transaction.
 */
public interface StoreDependentsPort {
    DependentsStage stageDependents(InsurerCode insurer);
}
