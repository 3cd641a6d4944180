package jp.kenpo.kennin.application.security;

import java.util.List;

/**
 * Keyed, deterministic digest (HMAC with a server secret) of short-lived secrets such as
 * verification codes and reset tokens, so that they are never stored in the clear and can be
 * looked up by digest.
 */
public interface SecretDigest {
    String digest(String secret);

    /** Constant-time comparison of a secret with a stored digest (made with the current key or, during a key rotation, the previous one). */
    boolean matches(String secret, String digest);

    /**
     * Every digest the secret may be stored under, the current key's first: during a key rotation
     * a link or code made before it is stored under the previous key's digest, and a lookup by
     * digest tries each in turn so it still works until it expires.
     */
    default List<String> lookupDigests(String secret) {
        return List.of(digest(secret));
    }
}
