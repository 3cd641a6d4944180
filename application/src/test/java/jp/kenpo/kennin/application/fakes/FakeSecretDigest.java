package jp.kenpo.kennin.application.fakes;

import jp.kenpo.kennin.application.security.SecretDigest;

/** Deterministic and visibly different from the secret, so a test can tell a stored digest from a leaked secret. */
public final class FakeSecretDigest implements SecretDigest {
    @Override
    public String digest(String secret) {
        return "digest(" + secret + ")";
    }

    @Override
    public boolean matches(String secret, String digest) {
        return digest(secret).equals(digest);
    }
}
