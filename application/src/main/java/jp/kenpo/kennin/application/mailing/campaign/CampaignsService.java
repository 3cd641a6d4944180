package jp.kenpo.kennin.application.mailing.campaign;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.insurer.SurveyYearPort;
import jp.kenpo.kennin.application.mailing.CampaignId;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.application.transaction.Transactions;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.mailing.CampaignKind;
import jp.kenpo.kennin.domain.staff.StaffPermission;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;

/** The mailing page's campaigns: list with progress, create, cancel, pause, resume. */
public final class CampaignsService implements ShowMailingsUseCase, CreateCampaignUseCase, ChangeCampaignStateUseCase {
    private final MailSamples samples;
    private final SurveyYearPort surveyYears;
    private final CampaignPort campaigns;
    private final CampaignQueryPort queries;
    private final Transactions tx;
    private final AuditTrail audit;
    private final Clock clock;

    public CampaignsService(MailSamples samples, SurveyYearPort surveyYears, CampaignPort campaigns, CampaignQueryPort queries,
                            Transactions tx, RecordAuditPort audit, Clock clock) {
        this.samples = samples;
        this.surveyYears = surveyYears;
        this.campaigns = campaigns;
        this.queries = queries;
        this.tx = tx;
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
    }

    @Override
    public ShowMailingsResult showMailings(ShowMailingsCommand command) {
        StaffMayNot.check(command.staff(), StaffPermission.MANAGE_MAILINGS);
        InsurerCode code = command.staff().insurerCode();
        Insurer insurer = samples.insurer(code);
        Instant now = clock.instant();
        FailedMails failed = new FailedMails(queries.failedImmediateMails(code, now.minus(Duration.ofDays(1))),
                queries.failedImmediateMails(code, now.minus(Duration.ofDays(7))));
        int year = insurer.currentFiscalYear();
        if (surveyYears.loadSurveyYear(code, year).isEmpty()) {
            return new ShowMailingsResult.NoSurveyYear(year, failed);
        }
        List<CampaignKind> kinds = Arrays.stream(CampaignKind.values()).filter(CampaignKind::startedByStaff).toList();
        return new ShowMailingsResult.Shown(year, campaigns.campaignsOf(code, year), kinds, failed,
                queries.membersWithoutUsableAddress(code));
    }

    @Override
    public CreateCampaignResult createCampaign(CreateCampaignCommand command) {
        StaffMayNot.check(command.staff(), StaffPermission.MANAGE_MAILINGS);
        if (!command.kind().startedByStaff()) {
            return new CreateCampaignResult.Refused(CreateRefusal.KIND_NOT_SCHEDULED);
        }
        if (command.startsAt().isEmpty()) {
            return new CreateCampaignResult.Refused(CreateRefusal.START_MISSING);
        }
        Instant startsAt = command.startsAt().get().atZone(SurveyDeadline.TOKYO).toInstant();
        Instant now = clock.instant();
        // The form has minutes: "now" typed in the current minute is not in the past.
        if (startsAt.isBefore(now.truncatedTo(ChronoUnit.MINUTES))) {
            return new CreateCampaignResult.Refused(CreateRefusal.START_IN_PAST);
        }
        InsurerCode code = command.staff().insurerCode();
        int year = samples.insurer(code).currentFiscalYear();
        if (surveyYears.loadSurveyYear(code, year).isEmpty()) {
            return new CreateCampaignResult.Refused(CreateRefusal.NO_SURVEY_YEAR);
        }
        Optional<CampaignId> created = tx.inTransaction(() -> campaigns.createCampaign(new CampaignPort.NewCampaign(code, year,
                samples.current(code, command.kind()), startsAt, command.staff().id(), now), command.kind().oncePerYear()));
        if (created.isEmpty()) {
            return new CreateCampaignResult.Refused(CreateRefusal.ALREADY_THIS_YEAR);
        }
        audit.staff(AuditAction.CAMPAIGN_CREATED, command.staff(), command.client(), "campaign=" + created.get() + " kind="
                + command.kind() + " year=" + year + " startsAt=" + startsAt);
        return new CreateCampaignResult.Created(created.get());
    }

    @Override
    public ChangeCampaignStateResult changeCampaignState(ChangeCampaignStateCommand command) {
        StaffMayNot.check(command.staff(), StaffPermission.MANAGE_MAILINGS);
        if (command.campaignId() <= 0) {
            return new ChangeCampaignStateResult.NotFound();
        }
        InsurerCode code = command.staff().insurerCode();
        CampaignId id = new CampaignId(command.campaignId());
        Instant now = clock.instant();
        boolean changed = switch (command.change()) {
            case CANCEL -> campaigns.cancel(code, id, now);
            case PAUSE -> campaigns.setPaused(code, id, true);
            case RESUME -> campaigns.setPaused(code, id, false);
        };
        if (changed) {
            AuditAction action = switch (command.change()) {
                case CANCEL -> AuditAction.CAMPAIGN_CANCELLED;
                case PAUSE -> AuditAction.CAMPAIGN_PAUSED;
                case RESUME -> AuditAction.CAMPAIGN_RESUMED;
            };
            audit.staff(action, command.staff(), command.client(), "campaign=" + id);
            return new ChangeCampaignStateResult.Changed(command.change(), true);
        }
        // Nothing changed: say why from the row as it is now (the write above decided, this only reports).
        Optional<CampaignProgress> found = campaigns.findCampaign(code, id);
        if (found.isEmpty()) {
            return new ChangeCampaignStateResult.NotFound();
        }
        CampaignProgress campaign = found.get();
        return switch (command.change()) {
            case CANCEL -> campaign.cancelledAt().isPresent() ? new ChangeCampaignStateResult.Changed(Change.CANCEL, false)
                    : new ChangeCampaignStateResult.Refused(ChangeRefusal.ALREADY_STARTED);
            case PAUSE, RESUME -> campaign.cancelledAt().isPresent()
                    ? new ChangeCampaignStateResult.Refused(ChangeRefusal.CANCELLED)
                    : new ChangeCampaignStateResult.Changed(command.change(), false);
        };
    }
}
