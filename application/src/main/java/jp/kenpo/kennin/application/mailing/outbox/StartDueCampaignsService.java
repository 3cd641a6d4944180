package jp.kenpo.kennin.application.mailing.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.mailing.StartDueCampaignsUseCase;
import jp.kenpo.kennin.application.transaction.Transactions;
import jp.kenpo.kennin.domain.insurer.Insurer;

/**
 * Starts each due campaign in a transaction of its own: the campaign is marked started and its
 * mails queued together, or neither (a crash in between leaves it due, to be started again).
 */
public final class StartDueCampaignsService implements StartDueCampaignsUseCase {
    private final StartCampaignPort campaigns;
    private final LoadInsurerPort insurers;
    private final Transactions transactions;
    private final Clock clock;

    public StartDueCampaignsService(StartCampaignPort campaigns, LoadInsurerPort insurers, Transactions transactions,
                                    Clock clock) {
        this.campaigns = campaigns;
        this.insurers = insurers;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public List<StartedCampaign> startDueCampaigns() {
        Instant now = clock.instant();
        List<StartedCampaign> started = new ArrayList<>();
        for (StartCampaignPort.DueCampaign due : campaigns.dueCampaigns(now)) {
            Optional<Insurer> insurer = insurers.loadInsurer(due.insurer());
            if (insurer.isEmpty()) {
                continue;
            }
            String sender = insurer.get().senderAddress().value();
            String domain = sender.substring(sender.lastIndexOf('@') + 1);
            transactions.inTransaction(() -> campaigns.start(due.id(), due.kind().addressedStatuses(), domain, now))
                    .ifPresent(s -> started.add(new StartedCampaign(due.id(), s.recipients(), s.withoutUsableAddress())));
        }
        return started;
    }
}
