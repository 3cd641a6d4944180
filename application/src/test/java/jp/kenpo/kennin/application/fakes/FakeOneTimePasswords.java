package jp.kenpo.kennin.application.fakes;

import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import jp.kenpo.kennin.application.staff.OneTimePasswords;

/**
 * A stand-in authenticator: the code of a step is a predictable function of secret and step, and
 * the window is one step either side, as with real TOTP. Tests compute codes with {@link #codeAt}.
 */
public final class FakeOneTimePasswords implements OneTimePasswords {
    private final AtomicInteger secrets = new AtomicInteger();
    private final AtomicInteger recovery = new AtomicInteger();

    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), 30);
    }

    public static String code(String secret, long step) {
        return String.format("%06d", Math.floorMod(secret.hashCode() * 31L + step * 7_919L, 1_000_000L));
    }

    public static String codeAt(String secret, Instant at) {
        return code(secret, step(at));
    }

    @Override
    public String newSecret() {
        return "SECRET" + secrets.incrementAndGet();
    }

    @Override
    public String otpauthUri(String secret, String issuer, String accountName) {
        return "otpauth://totp/" + issuer + ":" + accountName + "?secret=" + secret;
    }

    @Override
    public OptionalLong verify(String secret, String code, Instant at) {
        long now = step(at);
        for (long s = now - 1; s <= now + 1; s++) {
            if (code(secret, s).equals(code)) {
                return OptionalLong.of(s);
            }
        }
        return OptionalLong.empty();
    }

    @Override
    public String newRecoveryCode() {
        // Valid recovery-code characters only (no 0, 1, i, l, o).
        String n = Integer.toString(recovery.incrementAndGet(), 8).replace('0', 'z').replace('1', 'y');
        return ("aaaaa" + "bbbbb" + n).substring(n.length(), n.length() + 5) + "-" + ("ccccc" + n).substring(n.length());
    }
}
