package jp.kenpo.kennin.application.mailing.campaign;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.mailing.CampaignId;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.mailing.CampaignKind;

/**
 * Schedules a campaign of the insurer's current survey year (MANAGE_MAILINGS): its text is the
 * kind's template as it is now, copied, so later edits change only later campaigns. The worker
 * starts it at {@code startsAt} (Japan time).
 */
public interface CreateCampaignUseCase {
    CreateCampaignResult createCampaign(CreateCampaignCommand command);

    /** @param startsAt Japan time, empty when the form's date or time was not one */
    record CreateCampaignCommand(SignedInStaff staff, CampaignKind kind, Optional<LocalDateTime> startsAt, ClientAddress client) {
        public CreateCampaignCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(kind);
            Objects.requireNonNull(startsAt);
            Objects.requireNonNull(client);
        }
    }

    enum CreateRefusal {
        /** Result notices are queued by decisions, not scheduled. */
        KIND_NOT_SCHEDULED,
        START_MISSING,
        /** The start is before now. */
        START_IN_PAST,
        NO_SURVEY_YEAR,
        /** The kind goes once a year and the year already has a campaign of it that is not cancelled. */
        ALREADY_THIS_YEAR
    }

    sealed interface CreateCampaignResult {
        record Created(CampaignId id) implements CreateCampaignResult {
        }

        record Refused(CreateRefusal reason) implements CreateCampaignResult {
        }
    }
}
