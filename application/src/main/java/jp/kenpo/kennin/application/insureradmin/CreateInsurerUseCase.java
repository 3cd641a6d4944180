package jp.kenpo.kennin.application.insureradmin;

import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.insurer.InsurerContact;

/**
 * The operator creates an insurer (MANAGE_INSURERS); its first 管理者 is then created with
 * {@link jp.kenpo.kennin.application.staff.CreateStaffUseCase}. A taken code is refused, never
 * overwritten: that would hand one insurer's members to another's settings.
 */
public interface CreateInsurerUseCase {
    CreateInsurerResult createInsurer(CreateInsurerCommand command);

    record CreateInsurerCommand(SignedInStaff actor, String code, String displayName, String senderAddress,
                                InsurerContact contact, CredentialPolicyChoice credentialPolicy, ClientAddress client) {
        public CreateInsurerCommand {
            Objects.requireNonNull(actor);
            Objects.requireNonNull(contact);
            Objects.requireNonNull(credentialPolicy);
            Objects.requireNonNull(client);
        }
    }

    sealed interface CreateInsurerResult {
        /** @param fiscalYear the 年度 its members will register for until a survey year is opened */
        record Created(String code, int fiscalYear) implements CreateInsurerResult {
        }

        record CodeTaken() implements CreateInsurerResult {
        }

        /** @param code the message key of the broken rule */
        record Invalid(String code) implements CreateInsurerResult {
        }
    }
}
