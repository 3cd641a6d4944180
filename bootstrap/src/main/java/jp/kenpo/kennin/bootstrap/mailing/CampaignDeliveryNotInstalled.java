package jp.kenpo.kennin.bootstrap.mailing;

import jp.kenpo.kennin.application.mailing.MailDeliveryPort;
import jp.kenpo.kennin.application.mailing.OutgoingMail;

/**
 * TEMPORARY, for the lead to replace by the outbox helper's SMTP delivery (adapters-mail) when the
 * branches are merged: this branch has no {@link MailDeliveryPort} adapter yet. Every mail is
 * answered "try later, server down" with a cause saying so, so the test mail page shows plainly
 * that nothing was sent instead of pretending.
 */
public final class CampaignDeliveryNotInstalled implements MailDeliveryPort {
    public static final String CAUSE = "campaign mail delivery is not installed in this build (MailDeliveryPort adapter missing)";

    @Override
    public DeliverySession open() {
        return new DeliverySession() {
            @Override
            public DeliveryResult deliver(OutgoingMail mail) {
                return new DeliveryResult.RetryLater(CAUSE, true);
            }

            @Override
            public void close() {
            }
        };
    }
}
