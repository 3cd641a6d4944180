package jp.kenpo.kennin.application.security;

/**
 * Slow, salted password hashing (Argon2id). Implementations run on a bounded pool so a burst
 * of logins cannot starve other requests.
 */
public interface PasswordHasher {
    String hash(String password);

    boolean verify(String password, String hash);

    /** Spends the same time as a real verification, for unknown user IDs (no timing oracle). */
    void verifyAgainstDummy(String password);
}
