package jp.kenpo.kennin.adapters.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Few hashes on purpose: each one costs 19 MiB and tens of milliseconds. */
class Argon2PasswordHasherTest {
    private static Argon2PasswordHasher hasher;
    private static String storedHash;

    @BeforeAll
    static void hashOnce() {
        hasher = new Argon2PasswordHasher(2);
        storedHash = hasher.hash("Kennin#2026");
    }

    @AfterAll
    static void stopPool() {
        hasher.close();
    }

    @Test
    void theStoredHashIsArgon2idWithAtLeastOwaspsMinimumCost() {
        assertThat(storedHash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @Test
    void theRightPasswordVerifiesAndAWrongOneDoesNot() {
        assertThat(hasher.verify("Kennin#2026", storedHash)).isTrue();
        assertThat(hasher.verify("kennin#2026", storedHash)).isFalse();
    }

    @Test
    void aPassphraseTypedInAnotherWidthAtLoginStillMatches() {
        // Chosen with the IME on (full-width letters, ideographic spaces, half-width katakana), typed later in half width.
        String chosen = hasher.hash("ｋｅｎｐｏ　ﾃﾞｰﾀ　２０２６年の春");

        assertThat(hasher.verify("kenpo データ 2026年の春", chosen)).isTrue();
        assertThat(hasher.verify("kenpo データ 2027年の春", chosen)).isFalse();
    }

    @Test
    void aHashStoredBeforeNormalisationOfAHalfWidthPasswordStillVerifies() {
        // As the hasher stored it before it normalised: Password4j on the raw text (NFKC leaves half-width ASCII as it is).
        String storedEarlier = Password.hash("Kennin#2026 ok").addRandomSalt(16)
                .with(Argon2Function.getInstance(Argon2PasswordHasher.MEMORY_KIB, Argon2PasswordHasher.ITERATIONS,
                        Argon2PasswordHasher.PARALLELISM, 32, Argon2.ID, Argon2Function.ARGON2_VERSION_13)).getResult();

        assertThat(hasher.verify("Kennin#2026 ok", storedEarlier)).isTrue();
        assertThat(hasher.verify("Ｋｅｎｎｉｎ＃２０２６　ｏｋ", storedEarlier)).isTrue();
    }

    @Test
    void eachHashHasItsOwnSalt() {
        assertThat(hasher.hash("Kennin#2026")).isNotEqualTo(storedHash);
    }

    @Test
    void verificationUsesTheParametersInTheStoredHashSoTheyCanChangeLater() {
        String otherCost = Password.hash("Kennin#2026").addRandomSalt(16)
                .with(Argon2Function.getInstance(8_192, 3, 1, 32, Argon2.ID, Argon2Function.ARGON2_VERSION_13)).getResult();

        assertThat(otherCost).contains("m=8192,t=3,p=1");
        assertThat(hasher.verify("Kennin#2026", otherCost)).isTrue();
    }

    @Test
    void aStoredValueThatIsNoArgon2HashNeverMatches() {
        assertThat(hasher.verify("Kennin#2026", "not-a-hash")).isFalse();
    }

    @Test
    void theDummyVerificationRunsLikeARealOne() {
        assertThatCode(() -> hasher.verifyAgainstDummy("whatever")).doesNotThrowAnyException();
    }
}
