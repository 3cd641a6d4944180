package jp.kenpo.kennin.application.progress;

import java.util.List;
import jp.kenpo.kennin.domain.insurer.InsurerCode;

/**
 * Keeps member_progress and its counts per 事業所 and status: the old row is locked and read, its
 * (office, status) count goes down and the new one up, in the caller's transaction, so the counts
 * stay exact when two requests change one member at once.
 */
public interface StoreProgressPort {
    void store(InsurerCode insurer, int fiscalYear, MemberProgress progress);

    /** The same for a batch of members (a rebuild), in fewer round trips. */
    void storeAll(InsurerCode insurer, int fiscalYear, List<MemberProgress> batch);
}
