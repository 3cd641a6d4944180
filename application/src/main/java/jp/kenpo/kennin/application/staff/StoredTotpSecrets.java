package jp.kenpo.kennin.application.staff;

import java.util.Optional;
import java.util.regex.Pattern;
import jp.kenpo.kennin.application.security.SecretSealer;

/**
 * Authenticator secrets as the staff tables hold them: sealed with the installation's key. Rows
 * written before sealing hold the base32 secret itself; those are still read (an operator must not
 * be locked out by an upgrade) and are sealed on the owner's next successful sign-in. Anything
 * else, and a sealed value that does not open (another key, altered text), reads as no secret at
 * all, so sign-in fails closed.
 */
final class StoredTotpSecrets {
    /** What {@link OneTimePasswords#newSecret()} made before sealing: base32 without padding. */
    private static final Pattern PLAIN_BASE32 = Pattern.compile("[A-Z2-7]{16,64}");

    private final SecretSealer sealer;

    StoredTotpSecrets(SecretSealer sealer) {
        this.sealer = sealer;
    }

    /**
     * @param plain       true for a legacy value stored unsealed, to be sealed once its owner proves they hold it
     * @param previousKey true for a value sealed under the installation key before a rotation, to be sealed again
     */
    record Opened(String secret, boolean plain, boolean previousKey) {
        @Override
        public String toString() {
            return "Opened[hidden, plain=" + plain + ", previousKey=" + previousKey + "]";
        }
    }

    Optional<Opened> open(String stored) {
        if (SecretSealer.looksSealed(stored)) {
            return sealer.open(stored).map(secret -> new Opened(secret, false, sealer.sealedWithPreviousKey(stored)));
        }
        return stored != null && PLAIN_BASE32.matcher(stored).matches() ? Optional.of(new Opened(stored, true, false))
                : Optional.empty();
    }

    String seal(String secret) {
        return sealer.seal(secret);
    }
}
