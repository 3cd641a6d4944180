package jp.kenpo.kennin.application.mailing.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.application.mailing.CampaignId;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.mailing.CampaignMailText;
import jp.kenpo.kennin.domain.staff.StaffId;

/**
 * Campaigns as staff make and steer them. Every change is one conditional statement scoped by the
 * insurer, whose row count answers: a double click or a second node finds nothing left to change,
 * and another insurer's id changes nothing.
 */
public interface CampaignPort {
    /**
     * Stores a campaign with its text. For a kind sent once a year, locks the survey year's row first (so two
     * staff creating at once queue) and stores nothing when the year has a campaign of the kind not cancelled.
     * Runs in the caller's transaction.
     *
     * @return empty when refused because of such a campaign
     */
    Optional<CampaignId> createCampaign(NewCampaign campaign, boolean oncePerYear);

    record NewCampaign(InsurerCode insurer, int fiscalYear, CampaignMailText text, Instant startsAt, StaffId createdBy,
                       Instant createdAt) {
        public NewCampaign {
            Objects.requireNonNull(insurer);
            Objects.requireNonNull(text);
            Objects.requireNonNull(startsAt);
            Objects.requireNonNull(createdBy);
            Objects.requireNonNull(createdAt);
        }
    }

    /** The insurer's campaign with its counts; empty for another insurer's id. */
    Optional<CampaignProgress> findCampaign(InsurerCode insurer, CampaignId id);

    /** A survey year's campaigns, newest start first, each with its outbox counted in one grouped query. */
    List<CampaignProgress> campaignsOf(InsurerCode insurer, int fiscalYear);

    /** Cancels a campaign that has not started and is not cancelled; false otherwise. */
    boolean cancel(InsurerCode insurer, CampaignId id, Instant at);

    /** Sets {@code paused} on a campaign not cancelled whose flag is the other way; false when nothing changed. */
    boolean setPaused(InsurerCode insurer, CampaignId id, boolean paused);
}
