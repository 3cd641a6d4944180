package jp.kenpo.kennin.application.security;

import java.util.Optional;

/**
 * Encrypts, for storage, a secret the server must read back (a staff member's authenticator key):
 * unlike a {@link SecretDigest} it can be opened again, but only with the installation's key, and
 * any change to the stored text makes it unreadable rather than a different secret. A copy of the
 * database without the key no longer hands out working second factors.
 */
public interface SecretSealer {
    /** The stored form: versioned ({@code v1:…}) and different on every call, even for the same secret. */
    String seal(String secret);

    /**
     * The secret, or empty when the text was sealed with another key, was altered, is of a version
     * this sealer does not know, or is not sealed at all.
     */
    Optional<String> open(String sealed);

    /**
     * Whether a value opens only with a previous key (a key rotation is under way): it should be
     * sealed again with the current key. False for values of the current key and for values that
     * do not open at all.
     */
    default boolean sealedWithPreviousKey(String sealed) {
        return false;
    }

    /**
     * Whether the text has the form of a sealed value ({@code v<digits>:…}) of any version, known or
     * not: plain text from before sealing does not, and must be judged by the caller.
     */
    static boolean looksSealed(String stored) {
        if (stored == null) {
            return false;
        }
        int colon = stored.indexOf(':');
        return colon > 1 && stored.charAt(0) == 'v' && stored.substring(1, colon).chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
