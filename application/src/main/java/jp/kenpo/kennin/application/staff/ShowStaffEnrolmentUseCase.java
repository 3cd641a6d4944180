package jp.kenpo.kennin.application.staff;

import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.staff.LoginName;

/**
 * The enrolment page behind a one-time link: the second-factor secret is made on the first visit
 * and kept with the link, so reloading the page shows the same QR code.
 */
public interface ShowStaffEnrolmentUseCase {
    ShowStaffEnrolmentResult showEnrolment(String token);

    sealed interface ShowStaffEnrolmentResult {
        /**
         * @param totpSecret base32, shown as text for password managers
         * @param otpauthUri {@code otpauth://totp/…}, drawn as a QR code
         */
        record Enrolment(LoginName login, String displayName, String totpSecret, String otpauthUri,
                         CredentialPolicy policy) implements ShowStaffEnrolmentResult {
        }

        /** Unknown, used or older than 24 hours: the same answer for each. */
        record LinkInvalid() implements ShowStaffEnrolmentResult {
        }
    }
}
