package jp.kenpo.kennin.application.survey;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.survey.LossReason;

/** The member says a dependent no longer qualifies (扶養から外れる), with the day and why. */
public interface DeclareNoLongerEligibleUseCase {
    String SINCE = "since";
    String REASON = "reason";

    DeclareNoLongerEligibleResult declareNoLongerEligible(DeclareNoLongerEligibleCommand command);

    /**
     * @param since     the day as typed (any width, YYYY/MM/DD, YYYY-MM-DD or YYYYMMDD)
     * @param reason    a LossReason name
     * @param confirmed the member has seen what will be declared and said yes; without it a valid
     *                  declaration is only checked and given back to confirm ({@link DeclareNoLongerEligibleResult.ToConfirm})
     */
    record DeclareNoLongerEligibleCommand(AccountId account, DependentId dependent, String since, String reason,
                                          ClientAddress client, boolean confirmed) {
        public DeclareNoLongerEligibleCommand {
            Objects.requireNonNull(account);
            Objects.requireNonNull(dependent);
        }

        /** Declared at once: callers that confirmed in their own way. */
        public DeclareNoLongerEligibleCommand(AccountId account, DependentId dependent, String since, String reason,
                                              ClientAddress client) {
            this(account, dependent, since, reason, client, true);
        }
    }

    sealed interface DeclareNoLongerEligibleResult {
        record Declared() implements DeclareNoLongerEligibleResult {
        }

        /** @param problems a reason code by field ({@link #SINCE}, {@link #REASON}); nothing was saved */
        record Refused(Map<String, String> problems) implements DeclareNoLongerEligibleResult {
            public Refused {
                problems = Map.copyOf(problems);
            }
        }

        /** Valid, nothing saved yet: what the member is asked to confirm (the day as read and the reason). */
        record ToConfirm(LocalDate since, LossReason reason) implements DeclareNoLongerEligibleResult {
            public ToConfirm {
                Objects.requireNonNull(since);
                Objects.requireNonNull(reason);
            }
        }

        record NotFound() implements DeclareNoLongerEligibleResult {
        }

        record ReadOnly() implements DeclareNoLongerEligibleResult {
        }
    }
}
