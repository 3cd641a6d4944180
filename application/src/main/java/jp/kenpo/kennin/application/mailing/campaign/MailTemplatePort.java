package jp.kenpo.kennin.application.mailing.campaign;

import java.time.Instant;
import java.util.Optional;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.mailing.CampaignKind;
import jp.kenpo.kennin.domain.mailing.CampaignMailText;
import jp.kenpo.kennin.domain.staff.StaffId;

/** The insurer's own campaign texts, one per kind; a kind without one uses {@link CampaignMailText#standard}. */
public interface MailTemplatePort {
    Optional<StoredTemplate> loadTemplate(InsurerCode insurer, CampaignKind kind);

    /** Creates or replaces the insurer's text of the kind. */
    void saveTemplate(InsurerCode insurer, CampaignMailText text, StaffId by, Instant at);

    record StoredTemplate(CampaignMailText text, Instant updatedAt) {
    }
}
