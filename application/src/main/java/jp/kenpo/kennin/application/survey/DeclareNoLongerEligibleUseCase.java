package jp.kenpo.kennin.application.survey;

import java.util.Map;
import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.dependent.DependentId;

/** The member says a dependent no longer qualifies (扶養から外れる), with the day and why. */
public interface DeclareNoLongerEligibleUseCase {
    String SINCE = "since";
    String REASON = "reason";

    DeclareNoLongerEligibleResult declareNoLongerEligible(DeclareNoLongerEligibleCommand command);

    /** @param since the day as typed (any width, YYYY/MM/DD, YYYY-MM-DD or YYYYMMDD); @param reason a LossReason name */
    record DeclareNoLongerEligibleCommand(AccountId account, DependentId dependent, String since, String reason,
                                          ClientAddress client) {
        public DeclareNoLongerEligibleCommand {
            Objects.requireNonNull(account);
            Objects.requireNonNull(dependent);
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

        record NotFound() implements DeclareNoLongerEligibleResult {
        }

        record ReadOnly() implements DeclareNoLongerEligibleResult {
        }
    }
}
