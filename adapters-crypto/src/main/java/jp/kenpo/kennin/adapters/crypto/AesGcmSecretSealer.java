package jp.kenpo.kennin.adapters.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import jp.kenpo.kennin.application.security.SecretSealer;

/**
 * AES-256-GCM from the JDK. The AES key is HMAC-SHA256 of a fixed label under the installation
 * secret, so it is not the key the digests use (a leaked digest key opens nothing, and the other
 * way round) and needs no file of its own. Each value gets a random 96-bit nonce; the stored form
 * is {@code v1:} + base64url(nonce ‖ ciphertext ‖ 128-bit tag), with the version also
 * authenticated, so a value cannot be relabelled as another version.
 *
 * <p>A later version (another key label, another algorithm) gets a new prefix; {@link #open}
 * refuses prefixes it does not know instead of guessing.
 *
 * <p>During a key rotation ({@code KENNIN_SECRET_PREVIOUS}) values sealed under the previous
 * installation secret still open, and {@link #sealedWithPreviousKey} tells the {@code reseal-secrets}
 * command (and a staff sign-in) which ones to seal again; new values always use the current key.
 */
public final class AesGcmSecretSealer implements SecretSealer {
    static final String VERSION = "v1";
    private static final String PREFIX = VERSION + ":";
    /** Names what the derived key is for; changing it makes every sealed value unreadable. */
    private static final String KEY_LABEL = "kenpo-kennin/secret-sealer/aes-256-gcm/v1";
    private static final int MIN_SECRET_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] AAD = PREFIX.getBytes(StandardCharsets.US_ASCII);

    private final SecretKeySpec key;
    private final List<SecretKeySpec> previousKeys;
    private final SecureRandom random = new SecureRandom();

    /** @param installationSecret the server's secret ({@code secret.key}), at least 32 bytes */
    public AesGcmSecretSealer(byte[] installationSecret) {
        this(installationSecret, List.of());
    }

    /** @param previousSecrets installation secrets of before a rotation: their values still open, nothing new is sealed with them */
    public AesGcmSecretSealer(byte[] installationSecret, List<byte[]> previousSecrets) {
        this.key = derive(installationSecret);
        List<SecretKeySpec> previous = new ArrayList<>();
        for (byte[] old : previousSecrets) {
            previous.add(derive(old));
        }
        this.previousKeys = List.copyOf(previous);
    }

    private static SecretKeySpec derive(byte[] installationSecret) {
        if (installationSecret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the installation secret must have at least " + MIN_SECRET_BYTES + " bytes");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(installationSecret, "HmacSHA256"));
            return new SecretKeySpec(mac.doFinal(KEY_LABEL.getBytes(StandardCharsets.US_ASCII)), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    @Override
    public String seal(String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(AAD);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is missing from this JVM", e);
        }
    }

    @Override
    public Optional<String> open(String sealed) {
        Optional<String> opened = openWith(key, sealed);
        for (int i = 0; opened.isEmpty() && i < previousKeys.size(); i++) {
            opened = openWith(previousKeys.get(i), sealed);
        }
        return opened;
    }

    @Override
    public boolean sealedWithPreviousKey(String sealed) {
        return !previousKeys.isEmpty() && openWith(key, sealed).isEmpty()
                && previousKeys.stream().anyMatch(old -> openWith(old, sealed).isPresent());
    }

    private static Optional<String> openWith(SecretKeySpec key, String sealed) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(sealed.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
            return Optional.empty();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(AAD);
            byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return Optional.of(new String(plain, StandardCharsets.UTF_8));
        } catch (AEADBadTagException e) {
            // Another key, or the stored text was changed: unreadable, never a different secret.
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "AesGcmSecretSealer[" + VERSION + ", key hidden]";
    }
}
