package jp.kenpo.kennin.application.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.progress.ProgressStatus;
import jp.kenpo.kennin.domain.review.Prospect;
import jp.kenpo.kennin.domain.staff.StaffId;

/** The dashboard's and the review queue's reads of member_progress and its counts. */
public interface ProgressQueryPort {
    /** The kept counts per 事業所 and stored status; one 事業所's when {@code office} is given. */
    List<OfficeStatusCount> counts(InsurerCode insurer, int fiscalYear, Optional<String> office);

    /**
     * Members not yet submitted whose own extended deadline ({@code extendedBeyond} < day) has not
     * passed on {@code today}, per 事業所 and status: they are not 期限切れ yet.
     */
    List<OfficeStatusCount> stillExtended(InsurerCode insurer, int fiscalYear, Optional<String> office,
                                          LocalDate extendedBeyond, LocalDate today);

    /** Members of one 事業所 in {@code statuses}, by 記号・番号, handed one by one to {@code sink}. */
    void membersOf(InsurerCode insurer, int fiscalYear, String office, List<ProgressStatus> statuses,
                   Consumer<OfficeMember> sink);

    /** A page of the review queue: oldest submission first, after {@code after} when given. */
    List<QueueItem> queue(InsurerCode insurer, int fiscalYear, QueueFilter filter, Optional<QueueCursor> after, int limit);

    /** Staff of the insurer who may review, for the queue's "assigned to" filter. */
    List<Reviewer> reviewers(InsurerCode insurer);

    record OfficeStatusCount(String office, ProgressStatus status, long members) {
    }

    /**
     * @param extendedUntil the member's own deadline day when staff extended it
     */
    record OfficeMember(MemberId member, String symbol, String number, String nameWritten, String nameKana,
                        ProgressStatus status, Optional<LocalDate> extendedUntil) {
    }

    record QueueItem(MemberId member, String symbol, String number, String name, String office, Instant submittedAt,
                     Optional<Prospect> prospect, boolean returnedBefore, boolean pendingApproval,
                     Optional<String> claimedBy) {
    }

    /** Where a page ended: the last item's submission time and member. */
    record QueueCursor(Instant submittedAt, long member) {
    }

    record Reviewer(StaffId id, String displayName) {
    }
}
