package jp.kenpo.kennin.application.staff;

import java.time.Instant;
import java.util.OptionalLong;

/**
 * The staff's second factor: TOTP (RFC 6238: 30-second steps, 6 digits, HMAC-SHA1, one step of
 * drift either way) and recovery codes. The instant is always the caller's: nothing here reads a
 * clock.
 */
public interface OneTimePasswords {
    /** A new shared secret, base32 without padding (20 random bytes). */
    String newSecret();

    /** {@code otpauth://totp/…} for the QR code authenticator apps scan. */
    String otpauthUri(String secret, String issuer, String accountName);

    /**
     * The time step {@code code} is valid for at {@code at} (that step or one either side), or
     * empty when it matches none. A matched step must still be checked against the last one used.
     */
    OptionalLong verify(String secret, String code, Instant at);

    /** A new recovery code as shown ({@link jp.kenpo.kennin.domain.staff.RecoveryCode}), from a secure generator. */
    String newRecoveryCode();
}
