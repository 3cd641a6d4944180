package jp.kenpo.kennin.application.fakes;

import java.util.Base64;
import java.util.Optional;
import java.nio.charset.StandardCharsets;
import jp.kenpo.kennin.application.security.SecretSealer;

/**
 * Visibly sealed ({@code v1:} + a reversed base64 with a counter, so two seals differ) and never
 * the secret itself; {@link #refuseAll} makes it behave like a sealer with another key.
 */
public final class FakeSecretSealer implements SecretSealer {
    private int sealed;
    private boolean refusing;

    @Override
    public synchronized String seal(String secret) {
        sealed++;
        return "v1:" + sealed + "." + new StringBuilder(Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)))
                .reverse();
    }

    @Override
    public synchronized Optional<String> open(String stored) {
        if (refusing || stored == null || !stored.startsWith("v1:") || stored.indexOf('.') < 0) {
            return Optional.empty();
        }
        String body = new StringBuilder(stored.substring(stored.indexOf('.') + 1)).reverse().toString();
        try {
            return Optional.of(new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public synchronized void refuseAll(boolean refuse) {
        this.refusing = refuse;
    }
}
