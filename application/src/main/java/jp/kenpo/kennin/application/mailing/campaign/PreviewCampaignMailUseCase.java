package jp.kenpo.kennin.application.mailing.campaign;

import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.mailing.CampaignMailText;

/**
 * Shows a kind's mail as one member would read it (MANAGE_MAILINGS), filled by the same composer as
 * the outbox worker. The member's name and card are shown: audited.
 */
public interface PreviewCampaignMailUseCase {
    PreviewCampaignMailResult previewCampaignMail(PreviewCampaignMailCommand command);

    record PreviewCampaignMailCommand(SignedInStaff staff, SampleRequest request, ClientAddress client) {
        public PreviewCampaignMailCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(request);
            Objects.requireNonNull(client);
        }
    }

    sealed interface PreviewCampaignMailResult {
        /** @param to the member's current address */
        record Previewed(CampaignMailText.Rendered mail, String to) implements PreviewCampaignMailResult {
        }

        record Refused(SampleRequest.Refusal reason) implements PreviewCampaignMailResult {
        }

        record InvalidText(TextRefusal refusal) implements PreviewCampaignMailResult {
        }
    }
}
