package jp.kenpo.kennin.application.registration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.text.DateProblem;
import jp.kenpo.kennin.domain.member.MemberId;

/**
 * 初回認証: the member proves who they are with 保険者指定コード, 記号, 番号, 生年月日 and 氏名（カナ）,
 * typed in any width. A mismatch never says which field was wrong.
 */
public interface IdentifyMemberUseCase {
    IdentifyMemberResult identifyMember(IdentifyMemberCommand command);

    record IdentifyMemberCommand(@NotNull @Size(max = 100) String insurerCode, @NotNull @Size(max = 50) String symbol,
                                 @NotNull @Size(max = 50) String number, @NotNull @Size(max = 50) String birthDate,
                                 @NotNull @Size(max = 200) String kanaName, @NotNull ClientAddress client) {
    }

    sealed interface IdentifyMemberResult {
        /**
         * Go on to choose credentials; {@code maskedEmail} is where the code will go and
         * {@code credentialPolicy} the insurer's rules the user ID and password must follow.
         */
        record Identified(MemberId member, String insurerCode, String maskedEmail, CredentialPolicy credentialPolicy)
                implements IdentifyMemberResult {
        }

        /** Some field did not match (or was unreadable): one message for every cause. */
        record NotMatched() implements IdentifyMemberResult {
        }

        /**
         * The birth date as typed is no date ({@code problem} says why: unreadable, no such day,
         * outside its era). It is about the input alone, whoever the card belongs to, so saying
         * so tells nothing about any member; nothing was compared and no failure was counted.
         */
        record BirthDateUnreadable(DateProblem problem) implements IdentifyMemberResult {
        }

        /** Too many failures for this member record or client address. */
        record Throttled(java.time.Instant retryAt) implements IdentifyMemberResult {
        }
    }
}
