package jp.kenpo.kennin.adapters.crypto;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import jp.kenpo.kennin.application.staff.OneTimePasswords;
import jp.kenpo.kennin.domain.staff.RecoveryCode;

/**
 * TOTP (RFC 6238) on {@link Mac}: HOTP (RFC 4226) of the number of time steps since the epoch.
 * {@link #standard()} is what authenticator apps expect (HMAC-SHA1, 6 digits, 30 seconds) and
 * accepts a code of the current step or one step either side, for clocks a little apart. Digits
 * and algorithm are parameters so that the RFC's test vectors (8 digits, SHA-1/256/512) can be
 * checked against this very class. Secrets are base32 (RFC 4648) without padding, as the
 * {@code otpauth} URI carries them.
 */
public final class Totp implements OneTimePasswords {
    public static final Duration STEP = Duration.ofSeconds(30);
    private static final int SECRET_BYTES = 20;
    private static final int WINDOW = 1;
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    /** The HMAC and the name the otpauth URI gives it. */
    public enum Algorithm {
        SHA1("HmacSHA1", "SHA1"), SHA256("HmacSHA256", "SHA256"), SHA512("HmacSHA512", "SHA512");

        private final String mac;
        private final String uriName;

        Algorithm(String mac, String uriName) {
            this.mac = mac;
            this.uriName = uriName;
        }
    }

    private final Algorithm algorithm;
    private final int digits;
    private final SecureRandom random = new SecureRandom();

    public Totp(Algorithm algorithm, int digits) {
        if (digits < 6 || digits > 8) {
            throw new IllegalArgumentException("digits must be 6 to 8");
        }
        this.algorithm = algorithm;
        this.digits = digits;
    }

    /** HMAC-SHA1, 6 digits: what every authenticator app reads from a QR code. */
    public static Totp standard() {
        return new Totp(Algorithm.SHA1, 6);
    }

    /** The time step {@code at} falls in. */
    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP.getSeconds());
    }

    @Override
    public String newSecret() {
        byte[] key = new byte[SECRET_BYTES];
        random.nextBytes(key);
        return base32(key);
    }

    @Override
    public String otpauthUri(String secret, String issuer, String accountName) {
        String label = encode(issuer) + ":" + encode(accountName);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer) + "&algorithm="
                + algorithm.uriName + "&digits=" + digits + "&period=" + STEP.getSeconds();
    }

    @Override
    public OptionalLong verify(String secret, String code, Instant at) {
        if (code == null || code.length() != digits || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        byte[] key = decodeBase32(secret);
        byte[] typed = code.getBytes(StandardCharsets.US_ASCII);
        long now = step(at);
        OptionalLong matched = OptionalLong.empty();
        // Every step of the window is computed and compared in constant time, whichever matches.
        for (long s = now - WINDOW; s <= now + WINDOW; s++) {
            if (s >= 0 && MessageDigest.isEqual(typed, code(key, s).getBytes(StandardCharsets.US_ASCII)) && matched.isEmpty()) {
                matched = OptionalLong.of(s);
            }
        }
        return matched;
    }

    @Override
    public String newRecoveryCode() {
        return RecoveryCode.generate(random);
    }

    /** The code for one time step, zero-padded to the configured digits. */
    public String code(byte[] key, long step) {
        try {
            Mac mac = Mac.getInstance(algorithm.mac);
            mac.init(new SecretKeySpec(key, "RAW"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16) | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            String otp = Integer.toString(binary % POWERS[digits]);
            return "0".repeat(digits - otp.length()) + otp;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm.mac + " is not available", e);
        }
    }

    /** The code at an instant, as an authenticator app holding {@code secret} shows it. */
    public String codeAt(String secret, Instant at) {
        return code(decodeBase32(secret), step(at));
    }

    static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }

    /** Base32 as people copy it: any case, spaces and padding ignored. */
    static byte[] decodeBase32(String text) {
        String s = text.toUpperCase(Locale.ROOT).replaceAll("[\\s=]", "");
        ByteBuffer out = ByteBuffer.allocate(s.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : s.toCharArray()) {
            int value = BASE32.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not base32");
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return out.array();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
