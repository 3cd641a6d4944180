package jp.kenpo.kennin.adapters.web.staff.mailing;

import java.util.Objects;
import jp.kenpo.kennin.application.mailing.campaign.ChangeCampaignStateUseCase;
import jp.kenpo.kennin.application.mailing.campaign.CreateCampaignUseCase;
import jp.kenpo.kennin.application.mailing.campaign.ExportUndeliverableAddressesUseCase;
import jp.kenpo.kennin.application.mailing.campaign.PreviewCampaignMailUseCase;
import jp.kenpo.kennin.application.mailing.campaign.SaveMailTemplateUseCase;
import jp.kenpo.kennin.application.mailing.campaign.SendTestCampaignMailUseCase;
import jp.kenpo.kennin.application.mailing.campaign.ShowMailTemplateUseCase;
import jp.kenpo.kennin.application.mailing.campaign.ShowMailingsUseCase;

/** What the mailing pages call. */
public record MailingUseCases(ShowMailingsUseCase show, CreateCampaignUseCase create, ChangeCampaignStateUseCase change,
                              ExportUndeliverableAddressesUseCase exportUndeliverable, ShowMailTemplateUseCase showTemplate,
                              SaveMailTemplateUseCase saveTemplate, PreviewCampaignMailUseCase preview,
                              SendTestCampaignMailUseCase sendTest) {
    public MailingUseCases {
        Objects.requireNonNull(show);
        Objects.requireNonNull(create);
        Objects.requireNonNull(change);
        Objects.requireNonNull(exportUndeliverable);
        Objects.requireNonNull(showTemplate);
        Objects.requireNonNull(saveTemplate);
        Objects.requireNonNull(preview);
        Objects.requireNonNull(sendTest);
    }
}
