package jp.kenpo.kennin.adapters.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import jp.kenpo.kennin.application.security.SecretDigest;

/**
 * HMAC-SHA256 of short-lived secrets with the server key, as 64 lower-case hex characters.
 * Keyed so that a leaked table of digests cannot be reversed by trying all million codes.
 */
public final class HmacSecretDigest implements SecretDigest {
    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_KEY_BYTES = 32;

    private final SecretKeySpec key;

    public HmacSecretDigest(byte[] key) {
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("HMAC key must have at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    @Override
    public String digest(String secret) {
        return HexFormat.of().formatHex(mac(secret));
    }

    @Override
    public boolean matches(String secret, String digest) {
        if (secret == null || digest == null) {
            return false;
        }
        byte[] expected = digest(secret).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, digest.getBytes(StandardCharsets.US_ASCII));
    }

    // A Mac instance is not thread-safe and cheap to make, so each call gets its own.
    private byte[] mac(String secret) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(secret.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
