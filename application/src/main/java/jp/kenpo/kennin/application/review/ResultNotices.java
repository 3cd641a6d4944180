package jp.kenpo.kennin.application.review;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.review.DecisionOutcome;
import jp.kenpo.kennin.domain.review.ReviewDecision;
import jp.kenpo.kennin.domain.review.ReviewTexts;

/**
 * The result notice (結果通知) a member gets once every dependent asked about this year has a
 * final decision: queued in the outbox inside the transaction of the decision that completed the
 * member, so the notice is stored exactly when the decision is, and the outbox worker mails it
 * (with retries) whatever the mail server does at that moment. Once per member and year: the
 * outbox has one row per (campaign, member), so a second call finds it and queues nothing.
 */
final class ResultNotices {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu/MM/dd");

    private final ReviewPorts ports;
    private final Clock clock;

    ResultNotices(ReviewPorts ports, Clock clock) {
        this.ports = ports;
        this.clock = clock;
    }

    /**
     * Inside the deciding transaction, after its writes: queues the notice when the member is now
     * complete. False when something is still open or the notice was queued before.
     */
    boolean queueIfComplete(StaffCase c) {
        List<Dependent> inScope = ReviewScope.inScope(ports, c);
        Map<DependentId, ReviewDecision> decisions = ports.decisions()
                .decisionsOf(c.year().insurer(), c.year().fiscalYear(), inScope.stream().map(Dependent::id).toList())
                .stream().collect(Collectors.toMap(ReviewDecision::dependent, Function.identity()));
        if (inScope.isEmpty() || !inScope.stream().allMatch(d -> Optional.ofNullable(decisions.get(d.id()))
                .map(ReviewDecision::isFinal).orElse(false))) {
            return false;
        }
        String results = inScope.stream().map(d -> line(d, decisions.get(d.id()))).collect(Collectors.joining("\n"));
        return ports.resultNotices().queueResultNotice(c.year().insurer(), c.year().fiscalYear(), c.member().id(), results,
                clock.instant());
    }

    /**
     * After the deciding transaction committed, when it queued nothing: two reviewers completing a
     * member's last two dependents at once each decide in a transaction that cannot see the
     * other's decision yet, so neither finds the member complete. Once both have committed, the
     * later one's check here sees both; the port queues the notice once whoever gets there.
     */
    boolean queueIfCompleteAfterCommit(StaffCase c) {
        return ports.transactions().inTransaction(() -> queueIfComplete(c));
    }

    /** One line per dependent, as the notice's {results} shows them. */
    static String line(Dependent d, ReviewDecision decision) {
        if (decision.outcome() == DecisionOutcome.CONTINUE) {
            return ReviewTexts.text("review.result.continued", Locale.JAPANESE, d.name().written());
        }
        return ReviewTexts.text("review.result.removed", Locale.JAPANESE, d.name().written(),
                DAY.format(decision.lossDate().orElseThrow()),
                ReviewTexts.text(decision.removalReason().orElseThrow(), Locale.JAPANESE));
    }
}
