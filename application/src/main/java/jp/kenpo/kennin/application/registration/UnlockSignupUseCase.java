package jp.kenpo.kennin.application.registration;

import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;

/**
 * Staff let a member sign up again after the member record's lifetime cap on wrong sign-up codes
 * stopped it (the member was told to contact the insurer): the count of compared codes starts
 * again. Audited with the staff name.
 */
public interface UnlockSignupUseCase {
    UnlockSignupResult unlockSignup(UnlockSignupCommand command);

    /** 保険者指定コード, 記号 and 番号 as typed (any width), and who unlocks, for the audit log. */
    record UnlockSignupCommand(String insurer, String symbol, String number, String staff, ClientAddress client) {
        public UnlockSignupCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(client);
        }
    }

    sealed interface UnlockSignupResult {
        /** The member may ask for a new code and type it again. */
        record Unlocked() implements UnlockSignupResult {
        }

        /** No member of that insurer has that 記号・番号. */
        record NotFound() implements UnlockSignupResult {
        }

        /** A value that cannot be a 保険者指定コード, 記号 or 番号; the code says which. */
        record Invalid(String code) implements UnlockSignupResult {
        }
    }
}
