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
