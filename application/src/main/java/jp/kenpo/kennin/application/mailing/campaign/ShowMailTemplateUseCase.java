package jp.kenpo.kennin.application.mailing.campaign;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.mailing.CampaignKind;
import jp.kenpo.kennin.domain.mailing.CampaignMailText;

/** The insurer's text of one kind of campaign mail, or the built-in one until they write their own (MANAGE_MAILINGS). */
public interface ShowMailTemplateUseCase {
    ShowMailTemplateResult showMailTemplate(ShowMailTemplateCommand command);

    record ShowMailTemplateCommand(SignedInStaff staff, CampaignKind kind) {
        public ShowMailTemplateCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(kind);
        }
    }

    sealed interface ShowMailTemplateResult {
        /** @param updatedAt empty while the built-in text is used */
        record Shown(CampaignMailText text, Optional<Instant> updatedAt) implements ShowMailTemplateResult {
            public boolean standard() {
                return updatedAt.isEmpty();
            }
        }
    }
}
