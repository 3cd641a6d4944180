package jp.kenpo.kennin.application.insureradmin;

import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.SignedInStaff;

/**
 * A 管理者 publishes the next version of their insurer's terms of use (MANAGE_TERMS). Every
 * member who accepted an earlier version is asked to accept this one at their next login.
 */
public interface PublishTermsVersionUseCase {
    PublishTermsVersionResult publishTermsVersion(PublishTermsVersionCommand command);

    record PublishTermsVersionCommand(SignedInStaff actor, String body, ClientAddress client) {
        public PublishTermsVersionCommand {
            Objects.requireNonNull(actor);
            Objects.requireNonNull(client);
        }
    }

    sealed interface PublishTermsVersionResult {
        record Published(int version) implements PublishTermsVersionResult {
        }

        record Invalid(String code) implements PublishTermsVersionResult {
        }
    }
}
