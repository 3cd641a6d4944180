package jp.kenpo.kennin.application.mailing;

import java.util.List;

/**
 * Starts every campaign whose time has come and that is neither paused nor cancelled: chooses its
 * recipients as they stand now and queues one mail each in the outbox, once (a second node or a
 * second call finds the campaign started and does nothing).
 */
public interface StartDueCampaignsUseCase {
    List<StartedCampaign> startDueCampaigns();

    /** @param withoutUsableAddress members the campaign would address but whose address is undeliverable: they need a letter */
    record StartedCampaign(CampaignId campaign, int recipients, int withoutUsableAddress) {
    }
}
