package jp.kenpo.kennin.application.mailing.campaign;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.application.mailing.CampaignId;
import jp.kenpo.kennin.domain.mailing.CampaignKind;
import jp.kenpo.kennin.domain.mailing.DeliveryState;

/**
 * One campaign of a survey year with its outbox counted by state.
 *
 * @param recipients mails queued when it started; empty until then
 * @param counts     outbox rows per state (states without rows are absent)
 */
public record CampaignProgress(CampaignId id, CampaignKind kind, Instant startsAt, Instant createdAt, boolean paused,
                               Optional<Instant> enqueuedAt, Optional<Instant> cancelledAt, Optional<Integer> recipients,
                               Map<DeliveryState, Long> counts) {
    public CampaignProgress {
        Objects.requireNonNull(id);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(startsAt);
        Objects.requireNonNull(enqueuedAt);
        Objects.requireNonNull(cancelledAt);
        Objects.requireNonNull(recipients);
        counts = counts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(counts));
    }

    public long count(DeliveryState state) {
        return counts.getOrDefault(state, 0L);
    }

    public CampaignState state() {
        if (cancelledAt.isPresent()) {
            return CampaignState.CANCELLED;
        }
        if (paused) {
            return CampaignState.PAUSED;
        }
        if (enqueuedAt.isEmpty()) {
            return CampaignState.SCHEDULED;
        }
        return count(DeliveryState.QUEUED) + count(DeliveryState.SENDING) > 0 ? CampaignState.SENDING : CampaignState.DONE;
    }

    /** Cancel is offered until the worker has started it. */
    public boolean cancellable() {
        return cancelledAt.isEmpty() && enqueuedAt.isEmpty();
    }

    public boolean pausable() {
        return cancelledAt.isEmpty() && !paused && state() != CampaignState.DONE;
    }

    public boolean resumable() {
        return cancelledAt.isEmpty() && paused;
    }
}
