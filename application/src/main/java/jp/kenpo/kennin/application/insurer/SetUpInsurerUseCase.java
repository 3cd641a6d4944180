package jp.kenpo.kennin.application.insurer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.insurer.InsurerContact;

/** Creates an insurer or updates its name, sender, contact details and credential policy. */
public interface SetUpInsurerUseCase {
    SetUpInsurerResult setUpInsurer(SetUpInsurerCommand command);

    record SetUpInsurerCommand(@NotBlank @Size(max = 30) String code, @NotBlank @Size(max = 100) String displayName,
                               @NotBlank @Size(max = 254) String senderAddress, @NotNull InsurerContact contact,
                               @NotNull CredentialPolicy credentialPolicy, int fiscalYear) {
    }

    sealed interface SetUpInsurerResult {
        record Created() implements SetUpInsurerResult {
        }

        record Updated() implements SetUpInsurerResult {
        }

        /** A field broke a rule; {@code code} is the message key. */
        record Invalid(String code) implements SetUpInsurerResult {
        }
    }
}
