package jp.kenpo.kennin.application.mailing.campaign;

import java.time.Clock;
import java.util.Optional;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.mailing.CampaignMailText;
import jp.kenpo.kennin.domain.staff.StaffPermission;

/** Shows and saves the insurer's campaign texts. */
public final class MailTemplatesService implements ShowMailTemplateUseCase, SaveMailTemplateUseCase {
    private final MailTemplatePort templates;
    private final AuditTrail audit;
    private final Clock clock;

    public MailTemplatesService(MailTemplatePort templates, RecordAuditPort audit, Clock clock) {
        this.templates = templates;
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
    }

    @Override
    public ShowMailTemplateResult showMailTemplate(ShowMailTemplateCommand command) {
        StaffMayNot.check(command.staff(), StaffPermission.MANAGE_MAILINGS);
        return templates.loadTemplate(command.staff().insurerCode(), command.kind())
                .<ShowMailTemplateResult>map(t -> new ShowMailTemplateResult.Shown(t.text(), Optional.of(t.updatedAt())))
                .orElseGet(() -> new ShowMailTemplateResult.Shown(CampaignMailText.standard(command.kind()), Optional.empty()));
    }

    @Override
    public SaveMailTemplateResult saveMailTemplate(SaveMailTemplateCommand command) {
        StaffMayNot.check(command.staff(), StaffPermission.MANAGE_MAILINGS);
        TextRefusal refusal = TextRefusal.check(command.kind(), command.subject(), command.body());
        if (!refusal.fine()) {
            return new SaveMailTemplateResult.Invalid(refusal);
        }
        templates.saveTemplate(command.staff().insurerCode(), new CampaignMailText(command.kind(), command.subject(),
                command.body()), command.staff().id(), clock.instant());
        audit.staff(AuditAction.MAIL_TEMPLATE_SAVED, command.staff(), command.client(), "kind=" + command.kind());
        return new SaveMailTemplateResult.Saved(command.kind());
    }
}
