package jp.kenpo.kennin.domain.mailing;

import java.util.Set;
import jp.kenpo.kennin.domain.progress.ProgressStatus;

/**
 * The kinds of mail a survey year sends to many members. Each has its own template per insurer
 * and its own placeholders ({@link MailPlaceholder#allowedIn(CampaignKind)}).
 */
public enum CampaignKind {
    /** 案内: to every member in the year's scope, with the sign-up URL. */
    INVITATION,
    /** 督促: on a date staff choose, to those who have not submitted by then. */
    REMINDER,
    /** 最終督促: the last reminder before the deadline, to those who have not submitted. */
    FINAL_NOTICE,
    /** 結果通知: to a member once every dependent asked about has a final decision. */
    RESULT_NOTICE;

    /**
     * Whether a member in {@code status} gets this campaign's mail when it starts. Result notices
     * are not chosen at a start: each is queued by the decision that completes the member.
     */
    public boolean addresses(ProgressStatus status) {
        return switch (this) {
            case INVITATION -> status != ProgressStatus.OUT_OF_SCOPE;
            case REMINDER, FINAL_NOTICE -> status.notYetSubmitted();
            case RESULT_NOTICE -> false;
        };
    }

    /** The statuses {@link #addresses(ProgressStatus)} accepts, for a set-based query. */
    public Set<ProgressStatus> addressedStatuses() {
        java.util.EnumSet<ProgressStatus> statuses = java.util.EnumSet.noneOf(ProgressStatus.class);
        for (ProgressStatus s : ProgressStatus.values()) {
            if (s != ProgressStatus.EXPIRED && addresses(s)) {
                statuses.add(s);
            }
        }
        return Set.copyOf(statuses);
    }

    /** Kinds staff start on a date of their choosing (all but the result notice, which decisions queue). */
    public boolean startedByStaff() {
        return this != RESULT_NOTICE;
    }

    /** Kinds a survey year has at most one campaign of (a reminder may be sent several times). */
    public boolean oncePerYear() {
        return this != REMINDER;
    }
}
