package jp.kenpo.kennin.application.registration;

import jp.kenpo.kennin.domain.account.Language;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.domain.member.MemberId;

/**
 * Sends a new code for a pending registration, after a cool-down (default 60 s) and within the
 * member record's daily cap ({@link SignupLimits}). The old code stops working.
 */
public interface ResendRegistrationCodeUseCase {
    ResendCodeResult resendRegistrationCode(ResendRegistrationCodeCommand command);

    /** @param language the language the member is signing up in: the code's mail is written in it */
    record ResendRegistrationCodeCommand(MemberId member, ClientAddress client, Language language) {
        public ResendRegistrationCodeCommand {
            java.util.Objects.requireNonNull(language);
        }

        public ResendRegistrationCodeCommand(MemberId member, ClientAddress client) {
            this(member, client, Language.DEFAULT);
        }
    }

    sealed interface ResendCodeResult {
        record Resent(String maskedEmail) implements ResendCodeResult {
        }

        record CoolingDown(long secondsLeft) implements ResendCodeResult {
        }

        /** As many codes as a day allows were mailed for this member record: try again tomorrow. */
        record DailyLimitReached() implements ResendCodeResult {
        }

        /** Too many codes were tried for this member record: the member must contact the insurer. */
        record Locked() implements ResendCodeResult {
        }

        record NothingPending() implements ResendCodeResult {
        }

        record MailFailed() implements ResendCodeResult {
        }
    }
}
