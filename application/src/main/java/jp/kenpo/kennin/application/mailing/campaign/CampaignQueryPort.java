package jp.kenpo.kennin.application.mailing.campaign;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import jp.kenpo.kennin.application.mailing.CampaignId;
import jp.kenpo.kennin.application.mailing.CampaignRecipient;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;

/** What the mailing pages read besides the campaigns themselves. */
public interface CampaignQueryPort {
    /**
     * The insurer's member with that 記号・番号 as a campaign mail of the year would address them: address,
     * account for the year, deadline (their extension when they have one). Empty when the insurer has no such
     * member or no such survey year.
     */
    Optional<CampaignRecipient> recipientByCard(InsurerCode insurer, int fiscalYear, MemberSymbol symbol, MemberNumber number);

    /**
     * Hands over the undeliverable addresses in 事業所 then 記号・番号 order: those the campaign's mails were
     * refused at, or (no campaign) every member of the insurer whose current address is undeliverable.
     *
     * @return how many were handed over
     */
    long eachUndeliverable(InsurerCode insurer, Optional<CampaignId> campaign, Consumer<UndeliverableAddress> each);

    /**
     * Members of the insurer whose current address the mail server refused for good: a campaign starting now
     * would skip them, they need a letter.
     */
    long membersWithoutUsableAddress(InsurerCode insurer);

    /**
     * Immediate mails (codes, notices) to the insurer's members that failed since {@code since}, from the mail log;
     * campaign mails the outbox files there too are not counted.
     */
    long failedImmediateMails(InsurerCode insurer, Instant since);
}
