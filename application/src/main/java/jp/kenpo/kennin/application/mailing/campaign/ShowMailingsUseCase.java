package jp.kenpo.kennin.application.mailing.campaign;

import java.util.List;
import java.util.Objects;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.mailing.CampaignKind;

/**
 * The mailing page (MANAGE_MAILINGS): the current survey year's campaigns with their progress, and
 * how many immediate mails (codes) to the insurer's members failed lately, so staff notice a mail
 * server that refuses them.
 */
public interface ShowMailingsUseCase {
    ShowMailingsResult showMailings(ShowMailingsCommand command);

    record ShowMailingsCommand(SignedInStaff staff) {
        public ShowMailingsCommand {
            Objects.requireNonNull(staff);
        }
    }

    /** Immediate mails that failed in the last 24 hours and the last 7 days. */
    record FailedMails(long lastDay, long lastWeek) {
    }

    sealed interface ShowMailingsResult {
        FailedMails failedMails();

        /**
         * @param kinds                what a new campaign may be
         * @param withoutUsableAddress members whose current address is undeliverable (campaigns skip them: letters)
         */
        record Shown(int fiscalYear, List<CampaignProgress> campaigns, List<CampaignKind> kinds, FailedMails failedMails,
                     long withoutUsableAddress) implements ShowMailingsResult {
        }

        /** The insurer's current year has no survey set up: no campaign can be made yet. */
        record NoSurveyYear(int fiscalYear, FailedMails failedMails) implements ShowMailingsResult {
        }
    }
}
