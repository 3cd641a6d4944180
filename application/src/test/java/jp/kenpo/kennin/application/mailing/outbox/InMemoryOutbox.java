package jp.kenpo.kennin.application.mailing.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.application.mailing.CampaignId;
import jp.kenpo.kennin.application.mailing.CampaignRecipient;
import jp.kenpo.kennin.application.mailing.OutgoingMail;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.mailing.CampaignMailText;
import jp.kenpo.kennin.domain.mailing.DeliveryState;
import jp.kenpo.kennin.domain.member.EmailAddress;

/** The outbox table as a list, with the same conditional writes as the persistence adapter. */
final class InMemoryOutbox implements ClaimOutboxMailsPort, RecordDeliveryPort {
    static final class Row {
        final long id;
        final CampaignId campaign;
        final InsurerCode insurer;
        final CampaignMailText text;
        final CampaignRecipient recipient;
        final String messageId;
        DeliveryState state = DeliveryState.QUEUED;
        int attempts;
        Instant nextAttemptAt;
        String claimedBy;
        Instant claimedAt;
        String lastError;
        EmailAddress sentTo;
        boolean paused;

        Row(long id, CampaignId campaign, InsurerCode insurer, CampaignMailText text, CampaignRecipient recipient,
            EmailAddress sender, Instant due) {
            this.id = id;
            this.campaign = campaign;
            this.insurer = insurer;
            this.text = text;
            this.recipient = recipient;
            this.messageId = OutgoingMail.outboxMessageId(campaign, recipient.member(), sender);
            this.nextAttemptAt = due;
        }
    }

    final Map<Long, Row> rows = new LinkedHashMap<>();
    final List<String> undeliverableAddresses = new ArrayList<>();
    Instant lastStuckLimit;

    Row add(CampaignId campaign, InsurerCode insurer, CampaignMailText text, CampaignRecipient recipient, EmailAddress sender,
            Instant due) {
        Row row = new Row(rows.size() + 1, campaign, insurer, text, recipient, sender, due);
        rows.put(row.id, row);
        return row;
    }

    @Override
    public synchronized int putBackStuck(Instant claimedBefore) {
        lastStuckLimit = claimedBefore;
        int n = 0;
        for (Row r : rows.values()) {
            if (r.state == DeliveryState.SENDING && r.claimedAt.isBefore(claimedBefore)) {
                r.state = DeliveryState.QUEUED;
                r.claimedBy = null;
                r.claimedAt = null;
                n++;
            }
        }
        return n;
    }

    @Override
    public synchronized List<ClaimedMail> claimDue(String worker, Instant now, int limit) {
        List<ClaimedMail> taken = new ArrayList<>();
        rows.values().stream()
                .filter(r -> r.state == DeliveryState.QUEUED && !r.paused && !r.nextAttemptAt.isAfter(now))
                .sorted(Comparator.comparing((Row r) -> r.nextAttemptAt).thenComparing(r -> r.id))
                .limit(limit)
                .forEach(r -> {
                    r.state = DeliveryState.SENDING;
                    r.claimedBy = worker;
                    r.claimedAt = now;
                    taken.add(new ClaimedMail(new OutboxClaim(r.id, worker, now), r.campaign, r.insurer, r.attempts, r.messageId,
                            r.text, r.recipient, undeliverableAddresses.contains(r.recipient.email().key())));
                });
        return taken;
    }

    @Override
    public synchronized int putBack(List<OutboxClaim> claims) {
        int n = 0;
        for (OutboxClaim c : claims) {
            Optional<Row> r = held(c);
            if (r.isPresent()) {
                r.get().state = DeliveryState.QUEUED;
                r.get().claimedBy = null;
                r.get().claimedAt = null;
                n++;
            }
        }
        return n;
    }

    @Override
    public synchronized boolean markSent(OutboxClaim claim, EmailAddress sentTo, Instant at) {
        return held(claim).map(r -> {
            r.state = DeliveryState.SENT;
            r.sentTo = sentTo;
            return true;
        }).orElse(false);
    }

    @Override
    public synchronized boolean markRetry(OutboxClaim claim, Instant nextAttemptAt, String cause) {
        return held(claim).map(r -> {
            r.state = DeliveryState.QUEUED;
            r.attempts++;
            r.nextAttemptAt = nextAttemptAt;
            r.lastError = cause;
            r.claimedBy = null;
            r.claimedAt = null;
            return true;
        }).orElse(false);
    }

    @Override
    public synchronized boolean markFailed(OutboxClaim claim, String cause, Instant at) {
        return held(claim).map(r -> {
            r.state = DeliveryState.FAILED;
            r.attempts++;
            r.lastError = cause;
            return true;
        }).orElse(false);
    }

    @Override
    public synchronized boolean markUndeliverable(OutboxClaim claim, EmailAddress address, String reply, Instant at) {
        return held(claim).map(r -> {
            r.state = DeliveryState.UNDELIVERABLE;
            r.lastError = reply;
            if (!undeliverableAddresses.contains(address.key())) {
                undeliverableAddresses.add(address.key());
            }
            return true;
        }).orElse(false);
    }

    private Optional<Row> held(OutboxClaim claim) {
        Row r = rows.get(claim.outboxId());
        if (r == null || r.state != DeliveryState.SENDING || !claim.worker().equals(r.claimedBy)
                || !claim.claimedAt().equals(r.claimedAt)) {
            return Optional.empty();
        }
        return Optional.of(r);
    }

    synchronized long count(DeliveryState state) {
        return rows.values().stream().filter(r -> r.state == state).count();
    }
}
