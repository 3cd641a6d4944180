package jp.kenpo.kennin.application.mailing.campaign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import jp.kenpo.kennin.application.mailing.CampaignId;
import jp.kenpo.kennin.application.mailing.CampaignRecipient;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.mailing.CampaignKind;
import jp.kenpo.kennin.domain.mailing.CampaignMailText;
import jp.kenpo.kennin.domain.mailing.DeliveryState;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;
import jp.kenpo.kennin.domain.staff.StaffId;

/** Templates, campaigns and the outbox's counts in memory, each change as conditional as the database's. */
public final class InMemoryCampaigns implements MailTemplatePort, CampaignPort, CampaignQueryPort {
    /** A stored campaign as the table holds it. */
    public static final class Row {
        public final CampaignId id;
        public final InsurerCode insurer;
        public final int fiscalYear;
        public final CampaignMailText text;
        public final Instant startsAt;
        public final Instant createdAt;
        public boolean paused;
        public Instant enqueuedAt;
        public Instant cancelledAt;
        public Integer recipients;
        public final Map<DeliveryState, Long> counts = new EnumMap<>(DeliveryState.class);

        Row(CampaignId id, NewCampaign c) {
            this.id = id;
            this.insurer = c.insurer();
            this.fiscalYear = c.fiscalYear();
            this.text = c.text();
            this.startsAt = c.startsAt();
            this.createdAt = c.createdAt();
        }

        CampaignProgress progress() {
            return new CampaignProgress(id, text.kind(), startsAt, createdAt, paused, Optional.ofNullable(enqueuedAt),
                    Optional.ofNullable(cancelledAt), Optional.ofNullable(recipients), counts);
        }
    }

    private final Map<String, StoredTemplate> templates = new HashMap<>();
    public final Map<Long, Row> campaigns = new HashMap<>();
    private final Map<String, CampaignRecipient> recipients = new HashMap<>();
    private final Map<String, List<UndeliverableAddress>> undeliverable = new HashMap<>();
    private final Map<String, List<Instant>> failedMails = new HashMap<>();
    private long nextId = 1;

    @Override
    public synchronized Optional<StoredTemplate> loadTemplate(InsurerCode insurer, CampaignKind kind) {
        return Optional.ofNullable(templates.get(insurer.value() + "/" + kind));
    }

    @Override
    public synchronized void saveTemplate(InsurerCode insurer, CampaignMailText text, StaffId by, Instant at) {
        templates.put(insurer.value() + "/" + text.kind(), new StoredTemplate(text, at));
    }

    @Override
    public synchronized Optional<CampaignId> createCampaign(NewCampaign c, boolean oncePerYear) {
        if (oncePerYear && campaigns.values().stream().anyMatch(r -> r.insurer.equals(c.insurer()) && r.fiscalYear == c.fiscalYear()
                && r.text.kind() == c.text().kind() && r.cancelledAt == null)) {
            return Optional.empty();
        }
        CampaignId id = new CampaignId(nextId++);
        campaigns.put(id.value(), new Row(id, c));
        return Optional.of(id);
    }

    @Override
    public synchronized Optional<CampaignProgress> findCampaign(InsurerCode insurer, CampaignId id) {
        return Optional.ofNullable(campaigns.get(id.value())).filter(r -> r.insurer.equals(insurer)).map(Row::progress);
    }

    @Override
    public synchronized List<CampaignProgress> campaignsOf(InsurerCode insurer, int fiscalYear) {
        return campaigns.values().stream().filter(r -> r.insurer.equals(insurer) && r.fiscalYear == fiscalYear)
                .sorted(Comparator.comparing((Row r) -> r.startsAt).reversed()).map(Row::progress).toList();
    }

    @Override
    public synchronized boolean cancel(InsurerCode insurer, CampaignId id, Instant at) {
        Row r = campaigns.get(id.value());
        if (r == null || !r.insurer.equals(insurer) || r.enqueuedAt != null || r.cancelledAt != null) {
            return false;
        }
        r.cancelledAt = at;
        return true;
    }

    @Override
    public synchronized boolean setPaused(InsurerCode insurer, CampaignId id, boolean paused) {
        Row r = campaigns.get(id.value());
        if (r == null || !r.insurer.equals(insurer) || r.cancelledAt != null || r.paused == paused) {
            return false;
        }
        r.paused = paused;
        return true;
    }

    /** The worker's start, as the outbox would record it. */
    public synchronized void start(CampaignId id, Instant at, Map<DeliveryState, Long> counts) {
        Row r = campaigns.get(id.value());
        r.enqueuedAt = at;
        r.recipients = (int) counts.values().stream().mapToLong(Long::longValue).sum();
        r.counts.putAll(counts);
    }

    public synchronized void addRecipient(InsurerCode insurer, CampaignRecipient recipient) {
        recipients.put(insurer.value() + "/" + recipient.symbol().value() + "/" + recipient.number().value(), recipient);
    }

    @Override
    public synchronized Optional<CampaignRecipient> recipientByCard(InsurerCode insurer, int fiscalYear, MemberSymbol symbol,
                                                                    MemberNumber number) {
        return Optional.ofNullable(recipients.get(insurer.value() + "/" + symbol.value() + "/" + number.value()));
    }

    /** {@code campaign} null: the insurer's own list of members whose current address is undeliverable. */
    public synchronized void addUndeliverable(InsurerCode insurer, CampaignId campaign, UndeliverableAddress address) {
        undeliverable.computeIfAbsent(insurer.value() + "/" + (campaign == null ? "all" : campaign.value()), k -> new ArrayList<>())
                .add(address);
    }

    @Override
    public synchronized long eachUndeliverable(InsurerCode insurer, Optional<CampaignId> campaign,
                                               Consumer<UndeliverableAddress> each) {
        List<UndeliverableAddress> rows = undeliverable.getOrDefault(insurer.value() + "/"
                + campaign.map(c -> String.valueOf(c.value())).orElse("all"), List.of());
        rows.forEach(each);
        return rows.size();
    }

    @Override
    public synchronized long membersWithoutUsableAddress(InsurerCode insurer) {
        return undeliverable.getOrDefault(insurer.value() + "/all", List.of()).size();
    }

    public synchronized void failedMail(InsurerCode insurer, Instant at) {
        failedMails.computeIfAbsent(insurer.value(), k -> new ArrayList<>()).add(at);
    }

    @Override
    public synchronized long failedImmediateMails(InsurerCode insurer, Instant since) {
        return failedMails.getOrDefault(insurer.value(), List.of()).stream().filter(at -> !at.isBefore(since)).count();
    }
}
