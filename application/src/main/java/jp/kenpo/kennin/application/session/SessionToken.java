package jp.kenpo.kennin.application.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret a browser holds for its session: 256 random bits, base64url without padding (43
 * characters). Only its SHA-256 {@link #hash()} is ever stored, so a copy of the database (a
 * backup, a replica) names no usable session; a random 256-bit value needs no salt or slow hash.
 */
public final class SessionToken {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    private SessionToken(String value) {
        this.value = value;
    }

    /** A fresh token. */
    public static SessionToken issue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new SessionToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** A token a browser sent; empty for anything not shaped like one (never looked up). */
    public static Optional<SessionToken> parse(String text) {
        return text != null && FORM.matcher(text).matches() ? Optional.of(new SessionToken(text)) : Optional.empty();
    }

    /** What goes into the cookie. */
    public String value() {
        return value;
    }

    /** What the store keys the session by: the token's SHA-256, 64 lower-case hex digits. */
    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java has SHA-256", impossible);
        }
    }

    @Override
    public String toString() {
        return "SessionToken[…]"; // never in a log
    }
}
