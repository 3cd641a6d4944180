package jp.kenpo.kennin.application.registration;

import jp.kenpo.kennin.domain.account.Language;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.domain.credential.CredentialViolation;
import jp.kenpo.kennin.domain.member.MemberId;

/**
 * ユーザID and パスワード for an identified member. When they satisfy the insurer's policy and
 * the ID is free, a 6-digit code is mailed from the insurer's sender address to the registered
 * address. Nothing becomes an account until the code is confirmed.
 */
public interface ChooseCredentialsUseCase {
    ChooseCredentialsResult chooseCredentials(ChooseCredentialsCommand command);

    record ChooseCredentialsCommand(@NotNull MemberId member, @NotNull @Size(max = 200) String userId,
                                    @NotNull @Size(max = 200) String password, @NotNull @Size(max = 200) String passwordConfirmation,
                                    @NotNull ClientAddress client, @NotNull Language language) {
        /** In the default language: the code's mail is Japanese. */
        public ChooseCredentialsCommand(MemberId member, String userId, String password, String passwordConfirmation,
                                        ClientAddress client) {
            this(member, userId, password, passwordConfirmation, client, Language.DEFAULT);
        }
    }

    sealed interface ChooseCredentialsResult {
        record CodeSent(String maskedEmail, String senderAddress, int validMinutes) implements ChooseCredentialsResult {
        }

        /** Every rule that failed, each naming its field. */
        record Rejected(List<CredentialViolation> violations) implements ChooseCredentialsResult {
        }

        /** The member id is unknown (a stale or forged session). */
        record UnknownMember() implements ChooseCredentialsResult {
        }

        /**
         * A code was mailed for this member record less than the resend cool-down ago: choosing
         * credentials again mints no new code (and no new tries) until it has passed.
         */
        record CoolingDown(long secondsLeft) implements ChooseCredentialsResult {
        }

        /** As many codes as a day allows were mailed for this member record: try again tomorrow. */
        record DailyLimitReached() implements ChooseCredentialsResult {
        }

        /** Too many codes were tried for this member record: the member must contact the insurer. */
        record Locked() implements ChooseCredentialsResult {
        }

        /** The mail server refused the mail: nothing was stored, the member may try again. */
        record MailFailed() implements ChooseCredentialsResult {
        }
    }
}
