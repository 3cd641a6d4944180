package jp.kenpo.kennin.application.insureradmin;

import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.eligibility.IncomeBand;

/**
 * A 管理者 changes their insurer's settings (MANAGE_SETTINGS): the name and sender members see
 * in mails, the contact details on every page, the credential policy for new sign-ups and the
 * insurer's own settings of the eligibility rules, which judge every answer from then on.
 */
public interface UpdateInsurerSettingsUseCase {
    UpdateInsurerSettingsResult updateInsurerSettings(UpdateInsurerSettingsCommand command);

    /**
     * @param credentialPolicy empty keeps the stored policy (one set up outside the choices)
     * @param rounding         how monthly and daily figures follow from the annual limits; empty: the national rule's
     * @param annualLimits     the insurer's own annual limit (円, 未満) per band; a band left out keeps the national one
     */
    record UpdateInsurerSettingsCommand(SignedInStaff actor, String displayName, String senderAddress, String callCentre,
                                        String hours, String contactMailAddress, String faqUrl,
                                        Optional<CredentialPolicyChoice> credentialPolicy, Optional<RoundingMode> rounding,
                                        Map<IncomeBand, Long> annualLimits, ClientAddress client) {
        public UpdateInsurerSettingsCommand {
            Objects.requireNonNull(actor);
            Objects.requireNonNull(credentialPolicy);
            Objects.requireNonNull(rounding);
            annualLimits = Map.copyOf(annualLimits);
            Objects.requireNonNull(client);
        }
    }

    sealed interface UpdateInsurerSettingsResult {
        record Updated() implements UpdateInsurerSettingsResult {
        }

        /** @param code the message key of the broken rule */
        record Invalid(String code) implements UpdateInsurerSettingsResult {
        }

        record NotFound() implements UpdateInsurerSettingsResult {
        }
    }
}
