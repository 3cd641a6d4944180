package jp.kenpo.kennin.application.mailing.campaign;

import java.time.Clock;
import java.util.Optional;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.mailing.CampaignRecipient;
import jp.kenpo.kennin.application.mailing.MailDeliveryPort;
import jp.kenpo.kennin.application.mailing.MailDeliveryPort.DeliveryResult;
import jp.kenpo.kennin.application.mailing.OutgoingMail;
import jp.kenpo.kennin.application.security.SecretGenerator;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.application.staff.StaffPort;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.audit.AuditEvent;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.mailing.CampaignMailText;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.staff.StaffMember;
import jp.kenpo.kennin.domain.staff.StaffPermission;

/** The preview and the test mail of a kind's text for one member. */
public final class MailSamplesService implements PreviewCampaignMailUseCase, SendTestCampaignMailUseCase {
    private final MailSamples samples;
    private final StaffPort staff;
    private final MailDeliveryPort delivery;
    private final SecretGenerator secrets;
    private final RecordAuditPort audit;
    private final Clock clock;

    public MailSamplesService(MailSamples samples, StaffPort staff, MailDeliveryPort delivery, SecretGenerator secrets,
                              RecordAuditPort audit, Clock clock) {
        this.samples = samples;
        this.staff = staff;
        this.delivery = delivery;
        this.secrets = secrets;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public PreviewCampaignMailResult previewCampaignMail(PreviewCampaignMailCommand command) {
        StaffMayNot.check(command.staff(), StaffPermission.MANAGE_MAILINGS);
        MailSamples.Outcome outcome = samples.prepare(command.staff().insurerCode(), command.request());
        if (outcome instanceof MailSamples.Outcome.Refused refused) {
            return new PreviewCampaignMailResult.Refused(refused.reason());
        }
        if (outcome instanceof MailSamples.Outcome.InvalidText invalid) {
            return new PreviewCampaignMailResult.InvalidText(invalid.refusal());
        }
        MailSamples.Outcome.Ready ready = (MailSamples.Outcome.Ready) outcome;
        CampaignMailText.Rendered mail = samples.render(ready);
        record(AuditAction.CAMPAIGN_MAIL_PREVIEWED, command.staff(), ready.recipient(), command.client(),
                "kind=" + command.request().kind() + (command.request().typed() ? " typed" : " saved"));
        return new PreviewCampaignMailResult.Previewed(mail, ready.recipient().email().value());
    }

    @Override
    public SendTestCampaignMailResult sendTestCampaignMail(SendTestCampaignMailCommand command) {
        StaffMayNot.check(command.staff(), StaffPermission.MANAGE_MAILINGS);
        Optional<EmailAddress> own = staff.findStaff(command.staff().id()).flatMap(StaffMember::email);
        if (own.isEmpty()) {
            return new SendTestCampaignMailResult.Refused(SampleRequest.Refusal.NO_STAFF_ADDRESS);
        }
        MailSamples.Outcome outcome = samples.prepare(command.staff().insurerCode(), command.request());
        if (outcome instanceof MailSamples.Outcome.Refused refused) {
            return new SendTestCampaignMailResult.Refused(refused.reason());
        }
        if (outcome instanceof MailSamples.Outcome.InvalidText invalid) {
            return new SendTestCampaignMailResult.InvalidText(invalid.refusal());
        }
        MailSamples.Outcome.Ready ready = (MailSamples.Outcome.Ready) outcome;
        Insurer insurer = ready.insurer();
        CampaignMailText.Rendered rendered = samples.render(ready);
        // The member's text, to the staff member: the member is named for the audit, not for the mail log.
        OutgoingMail mail = new OutgoingMail(insurer.senderAddress(), insurer.displayName(), own.get(), rendered.subject(),
                rendered.body(), testMessageId(insurer.senderAddress()), Optional.empty());
        DeliveryResult result;
        try (MailDeliveryPort.DeliverySession session = delivery.open()) {
            result = session.deliver(mail);
        }
        String to = own.get().value();
        SendTestCampaignMailResult answer;
        if (result instanceof DeliveryResult.RetryLater later) {
            answer = new SendTestCampaignMailResult.NotDelivered(to, later.cause());
        } else if (result instanceof DeliveryResult.Undeliverable refused) {
            answer = new SendTestCampaignMailResult.NotDelivered(to, refused.reply());
        } else {
            answer = new SendTestCampaignMailResult.Delivered(to);
        }
        record(AuditAction.CAMPAIGN_TEST_MAIL_SENT, command.staff(), ready.recipient(), command.client(),
                "kind=" + command.request().kind() + " outcome=" + result.getClass().getSimpleName());
        return answer;
    }

    /** Random, in the shape of the outbox's ({@code <kennin.test.<random>@<sender's domain>>}). */
    private String testMessageId(EmailAddress sender) {
        String from = sender.value();
        String token = secrets.linkToken().replaceAll("[^A-Za-z0-9]", "x");
        return "<kennin.test." + token + "@" + from.substring(from.lastIndexOf('@') + 1) + ">";
    }

    private void record(AuditAction action, SignedInStaff actor, CampaignRecipient member, ClientAddress client, String detail) {
        audit.record(new AuditEvent(clock.instant(), action, actor.insurerCode().value(), Optional.of(member.member().value()),
                Optional.empty(), Optional.of(actor.id().value()), client.value(), detail));
    }
}
