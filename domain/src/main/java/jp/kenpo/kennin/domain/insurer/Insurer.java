package jp.kenpo.kennin.domain.insurer;

import java.util.Objects;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.text.PlainText;

/**
 * A health insurance society served by this installation.
 *
 * @param currentFiscalYear the survey year members register for; accounts made for an earlier
 *                          year stop working when the insurer opens a new one (the yearly reset)
 */
public record Insurer(InsurerCode code, String displayName, EmailAddress senderAddress, InsurerContact contact,
                      CredentialPolicy credentialPolicy, int currentFiscalYear) {
    public Insurer {
        Objects.requireNonNull(code);
        Objects.requireNonNull(senderAddress);
        Objects.requireNonNull(contact);
        Objects.requireNonNull(credentialPolicy);
        if (displayName == null || displayName.isBlank() || displayName.length() > 100) {
            throw new jp.kenpo.kennin.domain.InvalidValueException("insurer.name.invalid");
        }
        // The name goes into mail headers and onto every page; a line break there made every sign-up fail.
        if (PlainText.hasControlCharacters(displayName)) {
            throw new jp.kenpo.kennin.domain.InvalidValueException("insurer.name.controlCharacters");
        }
        if (currentFiscalYear < 2000 || currentFiscalYear > 2999) {
            throw new jp.kenpo.kennin.domain.InvalidValueException("insurer.fiscalYear.invalid");
        }
    }

    public Insurer withCurrentFiscalYear(int fiscalYear) {
        return new Insurer(code, displayName, senderAddress, contact, credentialPolicy, fiscalYear);
    }
}
