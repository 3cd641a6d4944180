package jp.kenpo.kennin.application.mailing.campaign;

import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.SignedInStaff;

/**
 * Sends a kind's mail, filled for a chosen member, to the signed-in staff member's own address
 * (never to the member), now, through the campaign delivery, and says what the server answered
 * (MANAGE_MAILINGS). Audited: the member's data went into a mail.
 */
public interface SendTestCampaignMailUseCase {
    SendTestCampaignMailResult sendTestCampaignMail(SendTestCampaignMailCommand command);

    record SendTestCampaignMailCommand(SignedInStaff staff, SampleRequest request, ClientAddress client) {
        public SendTestCampaignMailCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(request);
            Objects.requireNonNull(client);
        }
    }

    sealed interface SendTestCampaignMailResult {
        /** The server accepted the mail for {@code to}. */
        record Delivered(String to) implements SendTestCampaignMailResult {
        }

        /** The server could not be reached or refused it; {@code cause} is what it said. */
        record NotDelivered(String to, String cause) implements SendTestCampaignMailResult {
        }

        record Refused(SampleRequest.Refusal reason) implements SendTestCampaignMailResult {
        }

        record InvalidText(TextRefusal refusal) implements SendTestCampaignMailResult {
        }
    }
}
