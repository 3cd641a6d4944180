package jp.kenpo.kennin.adapters.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import jp.kenpo.kennin.application.security.SecretDigest;

/**
 * HMAC-SHA256 of short-lived secrets with the server key, as 64 lower-case hex characters.
 * Keyed so that a leaked table of digests cannot be reversed by trying all million codes.
 *
 * <p>During a key rotation ({@code KENNIN_SECRET_PREVIOUS}) new digests use the current key, and a
 * code or link made before the rotation still matches under the previous key until it expires.
 */
public final class HmacSecretDigest implements SecretDigest {
    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_KEY_BYTES = 32;

    private final SecretKeySpec key;
    private final List<SecretKeySpec> previousKeys;

    public HmacSecretDigest(byte[] key) {
        this(key, List.of());
    }

    /** @param previousKeys keys of before a rotation, still accepted for matching and lookups, never used for new digests */
    public HmacSecretDigest(byte[] key, List<byte[]> previousKeys) {
        this.key = keySpec(key);
        List<SecretKeySpec> previous = new ArrayList<>();
        for (byte[] old : previousKeys) {
            previous.add(keySpec(old));
        }
        this.previousKeys = List.copyOf(previous);
    }

    private static SecretKeySpec keySpec(byte[] key) {
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("HMAC key must have at least " + MIN_KEY_BYTES + " bytes");
        }
        return new SecretKeySpec(key, ALGORITHM);
    }

    @Override
    public String digest(String secret) {
        return HexFormat.of().formatHex(mac(key, secret));
    }

    @Override
    public boolean matches(String secret, String digest) {
        if (secret == null || digest == null) {
            return false;
        }
        byte[] stored = digest.getBytes(StandardCharsets.US_ASCII);
        // Every key is tried, whatever matched first, so the time taken does not tell which key made the digest.
        boolean matched = MessageDigest.isEqual(hex(key, secret), stored);
        for (SecretKeySpec old : previousKeys) {
            matched |= MessageDigest.isEqual(hex(old, secret), stored);
        }
        return matched;
    }

    @Override
    public List<String> lookupDigests(String secret) {
        List<String> digests = new ArrayList<>(1 + previousKeys.size());
        digests.add(digest(secret));
        for (SecretKeySpec old : previousKeys) {
            digests.add(HexFormat.of().formatHex(mac(old, secret)));
        }
        return List.copyOf(digests);
    }

    private static byte[] hex(SecretKeySpec key, String secret) {
        return HexFormat.of().formatHex(mac(key, secret)).getBytes(StandardCharsets.US_ASCII);
    }

    // A Mac instance is not thread-safe and cheap to make, so each call gets its own.
    private static byte[] mac(SecretKeySpec key, String secret) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(secret.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "HmacSecretDigest[keys hidden, previous=" + previousKeys.size() + "]";
    }
}
