package jp.kenpo.kennin.application.security;

/**
 * Keyed, deterministic digest (HMAC with a server secret) of short-lived secrets such as
 * verification codes and reset tokens, so that they are never stored in the clear and can be
 * looked up by digest.
 */
public interface SecretDigest {
    String digest(String secret);

    /** Constant-time comparison of a secret with a stored digest. */
    boolean matches(String secret, String digest);
}
