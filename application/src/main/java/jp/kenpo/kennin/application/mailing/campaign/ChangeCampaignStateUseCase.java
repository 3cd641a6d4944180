package jp.kenpo.kennin.application.mailing.campaign;

import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.SignedInStaff;

/**
 * Cancels a campaign that has not started, or pauses and resumes one (MANAGE_MAILINGS). Each is one
 * conditional update: a second click finds it done and changes nothing.
 */
public interface ChangeCampaignStateUseCase {
    ChangeCampaignStateResult changeCampaignState(ChangeCampaignStateCommand command);

    enum Change { CANCEL, PAUSE, RESUME }

    /** @param campaignId as the path gave it; another insurer's is not found */
    record ChangeCampaignStateCommand(SignedInStaff staff, long campaignId, Change change, ClientAddress client) {
        public ChangeCampaignStateCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(change);
            Objects.requireNonNull(client);
        }
    }

    enum ChangeRefusal {
        /** Cancel after the worker started it: pause it instead. */
        ALREADY_STARTED,
        /** A cancelled campaign cannot be paused or resumed. */
        CANCELLED
    }

    sealed interface ChangeCampaignStateResult {
        /** @param now false when an earlier request had done it already (a double click) */
        record Changed(Change change, boolean now) implements ChangeCampaignStateResult {
        }

        record Refused(ChangeRefusal reason) implements ChangeCampaignStateResult {
        }

        record NotFound() implements ChangeCampaignStateResult {
        }
    }
}
