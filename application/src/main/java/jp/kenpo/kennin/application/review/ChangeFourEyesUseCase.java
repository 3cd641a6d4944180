package jp.kenpo.kennin.application.review;

import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.review.FourEyesRule;

/**
 * A 管理者 sets which decisions need a second reviewer's approval (MANAGE_SETTINGS): none, every
 * removal, or every decision. Decisions made from then on follow it; pending ones stay pending.
 * Audited as a settings change.
 */
public interface ChangeFourEyesUseCase {
    ChangeFourEyesResult changeFourEyes(ChangeFourEyesCommand command);

    /** @param rule the {@link FourEyesRule} name as posted */
    record ChangeFourEyesCommand(SignedInStaff staff, String rule, ClientAddress client) {
        public ChangeFourEyesCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(client);
        }
    }

    sealed interface ChangeFourEyesResult {
        record Changed(FourEyesRule rule) implements ChangeFourEyesResult {
        }

        /** @param code {@code review.fourEyes.invalid} */
        record Invalid(String code) implements ChangeFourEyesResult {
        }
    }
}
