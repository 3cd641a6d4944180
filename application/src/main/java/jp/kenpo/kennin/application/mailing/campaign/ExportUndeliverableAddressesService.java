package jp.kenpo.kennin.application.mailing.campaign;

import java.time.Clock;
import java.util.Optional;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.mailing.CampaignId;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.staff.StaffPermission;

public final class ExportUndeliverableAddressesService implements ExportUndeliverableAddressesUseCase {
    private final CampaignPort campaigns;
    private final CampaignQueryPort queries;
    private final UndeliverableSheetWriter writer;
    private final AuditTrail audit;

    public ExportUndeliverableAddressesService(CampaignPort campaigns, CampaignQueryPort queries, UndeliverableSheetWriter writer,
                                               RecordAuditPort audit, Clock clock) {
        this.campaigns = campaigns;
        this.queries = queries;
        this.writer = writer;
        this.audit = new AuditTrail(audit, clock);
    }

    @Override
    public ExportUndeliverableAddressesResult exportUndeliverableAddresses(ExportUndeliverableAddressesCommand command) {
        StaffMayNot.check(command.staff(), StaffPermission.MANAGE_MAILINGS);
        InsurerCode code = command.staff().insurerCode();
        Optional<CampaignId> campaign = Optional.empty();
        if (command.campaignId().isPresent()) {
            long raw = command.campaignId().get();
            if (raw <= 0 || campaigns.findCampaign(code, new CampaignId(raw)).isEmpty()) {
                return new ExportUndeliverableAddressesResult.NotFound();
            }
            campaign = Optional.of(new CampaignId(raw));
        }
        String which = campaign.map(id -> "campaign=" + id).orElse("all");
        long rows;
        try (UndeliverableSheetWriter.UndeliverableSheet sheet = writer.open(command.encoding(), command.target().get())) {
            rows = queries.eachUndeliverable(code, campaign, sheet::write);
        } catch (RuntimeException e) {
            // Names may have left already: the attempt is on record even when it broke off.
            audit.staff(AuditAction.UNDELIVERABLE_ADDRESSES_EXPORTED, command.staff(), command.client(), which
                    + " encoding=" + command.encoding() + " failed=" + e.getClass().getSimpleName());
            throw e;
        }
        audit.staff(AuditAction.UNDELIVERABLE_ADDRESSES_EXPORTED, command.staff(), command.client(), which
                + " encoding=" + command.encoding() + " rows=" + rows);
        return new ExportUndeliverableAddressesResult.Exported(rows);
    }
}
