package jp.kenpo.kennin.application.mailing.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jp.kenpo.kennin.application.mailing.CampaignId;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.mailing.CampaignKind;
import jp.kenpo.kennin.domain.progress.ProgressStatus;

/** Finds campaigns whose time has come and queues their mails, once. */
public interface StartCampaignPort {
    /** Campaigns not started, not cancelled, not paused, whose start time is at or before {@code now}. */
    List<DueCampaign> dueCampaigns(Instant now);

    /**
     * Marks the campaign started at {@code now} if it still is due (a conditional update: a second
     * node or call gets empty) and queues one mail per member of its insurer and year whose progress
     * status is one of {@code statuses}, except members whose current address is known to be
     * undeliverable, in one statement whatever the number of members.
     *
     * @param messageIdDomain the right-hand side of each mail's Message-ID (the insurer's sender domain)
     */
    Optional<Started> start(CampaignId campaign, Set<ProgressStatus> statuses, String messageIdDomain, Instant now);

    record DueCampaign(CampaignId id, InsurerCode insurer, int fiscalYear, CampaignKind kind) {
        public DueCampaign {
            Objects.requireNonNull(id);
            Objects.requireNonNull(insurer);
            Objects.requireNonNull(kind);
        }
    }

    /** @param withoutUsableAddress members left out because their address is undeliverable */
    record Started(int recipients, int withoutUsableAddress) {
    }
}
