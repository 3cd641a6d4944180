package jp.kenpo.kennin.adapters.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HmacSecretDigestTest {
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final HmacSecretDigest digest = new HmacSecretDigest(KEY);

    @Test
    void matchesRfc4231TestCase6() {
        byte[] key = new byte[131];
        Arrays.fill(key, (byte) 0xaa);

        assertThat(new HmacSecretDigest(key).digest("Test Using Larger Than Block-Size Key - Hash Key First"))
                .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    }

    @Test
    void theDigestIsDeterministicSoItCanBeLookedUp() {
        assertThat(digest.digest("123456")).isEqualTo(digest.digest("123456")).matches("[0-9a-f]{64}");
    }

    @Test
    void anotherServerKeyGivesAnotherDigest() {
        byte[] otherKey = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);

        assertThat(new HmacSecretDigest(otherKey).digest("123456")).isNotEqualTo(digest.digest("123456"));
    }

    @Test
    void matchesOnlyTheSecretTheDigestWasMadeFrom() {
        String stored = digest.digest("123456");

        assertThat(digest.matches("123456", stored)).isTrue();
        assertThat(digest.matches("123457", stored)).isFalse();
        assertThat(digest.matches("123456", stored.toUpperCase())).isFalse();
        assertThat(digest.matches("123456", stored.substring(1))).isFalse();
        assertThat(digest.matches(null, stored)).isFalse();
        assertThat(digest.matches("123456", null)).isFalse();
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new HmacSecretDigest(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    // --- ops ---
    @org.junit.jupiter.api.Test
    void duringAKeyRotationADigestOfThePreviousKeyStillMatchesAndIsFoundButNewDigestsUseTheCurrentKey() {
        byte[] old = "old-installation-secret-0123456789abcdef".getBytes();
        byte[] current = "new-installation-secret-fedcba9876543210".getBytes();
        String madeBefore = new HmacSecretDigest(old).digest("123456");
        HmacSecretDigest rotating = new HmacSecretDigest(current, java.util.List.of(old));

        org.assertj.core.api.Assertions.assertThat(rotating.matches("123456", madeBefore)).isTrue();
        org.assertj.core.api.Assertions.assertThat(rotating.matches("654321", madeBefore)).isFalse();
        org.assertj.core.api.Assertions.assertThat(new HmacSecretDigest(current).matches("123456", madeBefore)).isFalse();
        org.assertj.core.api.Assertions.assertThat(rotating.digest("123456")).isEqualTo(new HmacSecretDigest(current).digest("123456"));
        org.assertj.core.api.Assertions.assertThat(rotating.lookupDigests("123456"))
                .containsExactly(new HmacSecretDigest(current).digest("123456"), madeBefore);
    }
}
