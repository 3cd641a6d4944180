package jp.kenpo.kennin.application.mailing.campaign;

import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.mailing.CampaignKind;

/**
 * Stores the insurer's subject and body of one kind (MANAGE_MAILINGS), once {@code CampaignMailText}
 * finds nothing wrong with it; campaigns made afterwards copy it, those made before keep theirs.
 */
public interface SaveMailTemplateUseCase {
    SaveMailTemplateResult saveMailTemplate(SaveMailTemplateCommand command);

    record SaveMailTemplateCommand(SignedInStaff staff, CampaignKind kind, String subject, String body, ClientAddress client) {
        public SaveMailTemplateCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(kind);
            Objects.requireNonNull(client);
        }
    }

    sealed interface SaveMailTemplateResult {
        record Saved(CampaignKind kind) implements SaveMailTemplateResult {
        }

        /** Nothing was stored. */
        record Invalid(TextRefusal refusal) implements SaveMailTemplateResult {
        }
    }
}
