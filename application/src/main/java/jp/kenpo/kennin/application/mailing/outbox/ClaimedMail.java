package jp.kenpo.kennin.application.mailing.outbox;

import java.util.Objects;
import jp.kenpo.kennin.application.mailing.CampaignId;
import jp.kenpo.kennin.application.mailing.CampaignRecipient;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.mailing.CampaignMailText;

/**
 * One outbox row taken by a worker, with what its mail says read at the moment it was taken: the
 * campaign's text as staff fixed it, and the member as they are now (address, name, deadline).
 *
 * @param attempts             attempts already used before this one
 * @param messageId            fixed when the row was made: the same for every attempt
 * @param addressUndeliverable the member's current address was refused for good before: not tried again
 */
public record ClaimedMail(OutboxClaim claim, CampaignId campaign, InsurerCode insurer, int attempts, String messageId,
                          CampaignMailText text, CampaignRecipient recipient, boolean addressUndeliverable) {
    public ClaimedMail {
        Objects.requireNonNull(claim);
        Objects.requireNonNull(campaign);
        Objects.requireNonNull(insurer);
        Objects.requireNonNull(messageId);
        Objects.requireNonNull(text);
        Objects.requireNonNull(recipient);
    }
}
