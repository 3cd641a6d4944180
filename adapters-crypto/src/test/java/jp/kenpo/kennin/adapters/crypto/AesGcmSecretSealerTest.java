package jp.kenpo.kennin.adapters.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import jp.kenpo.kennin.application.security.SecretSealer;
import org.junit.jupiter.api.Test;

class AesGcmSecretSealerTest {
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final String TOTP_SECRET = Totp.standard().newSecret();

    private final AesGcmSecretSealer sealer = new AesGcmSecretSealer(KEY);

    @Test
    void aSealedSecretOpensToItselfAndNeverShowsTheSecret() {
        String sealed = sealer.seal(TOTP_SECRET);

        assertThat(sealed).startsWith("v1:").doesNotContain(TOTP_SECRET).hasSizeLessThanOrEqualTo(200);
        assertThat(SecretSealer.looksSealed(sealed)).isTrue();
        assertThat(sealer.open(sealed)).contains(TOTP_SECRET);
        assertThat(new AesGcmSecretSealer(KEY.clone()).open(sealed)).as("another instance, same key").contains(TOTP_SECRET);
        assertThat(sealer.open(sealer.seal("日本語も"))).contains("日本語も");
    }

    @Test
    void sealingTheSameSecretTwiceGivesTwoTextsANewNonceEachTime() {
        assertThat(sealer.seal(TOTP_SECRET)).isNotEqualTo(sealer.seal(TOTP_SECRET));
    }

    @Test
    void everyChangedByteOfTheStoredTextIsRefusedNotOpenedToSomethingElse() {
        String sealed = sealer.seal(TOTP_SECRET);
        byte[] bytes = Base64.getUrlDecoder().decode(sealed.substring(3));
        for (int i = 0; i < bytes.length; i++) {
            byte[] tampered = bytes.clone();
            tampered[i] ^= 0x01;
            assertThat(sealer.open("v1:" + Base64.getUrlEncoder().withoutPadding().encodeToString(tampered)))
                    .as("byte %d flipped", i).isEmpty();
        }
        assertThat(sealer.open(sealed.substring(0, sealed.length() - 2))).as("truncated").isEmpty();
        assertThat(sealer.open("v1:" + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[27]))).isEmpty();
        assertThat(sealer.open("v1:not base64 !")).isEmpty();
        assertThat(sealer.open("v2:" + sealed.substring(3))).as("relabelled as another version").isEmpty();
        assertThat(sealer.open(TOTP_SECRET)).as("plain text").isEmpty();
        assertThat(sealer.open(null)).isEmpty();
    }

    @Test
    void anotherInstallationsKeyCannotOpenIt() {
        String sealed = sealer.seal(TOTP_SECRET);
        byte[] other = KEY.clone();
        other[0] ^= 0x01;

        assertThat(new AesGcmSecretSealer(other).open(sealed)).isEmpty();
    }

    @Test
    void theAesKeyIsDerivedNotTheInstallationSecretItself() throws Exception {
        String sealed = sealer.seal(TOTP_SECRET);
        byte[] bytes = Base64.getUrlDecoder().decode(sealed.substring(3));
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(KEY, "AES"), new GCMParameterSpec(128, bytes, 0, 12));
        cipher.updateAAD("v1:".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> cipher.doFinal(bytes, 12, bytes.length - 12)).isInstanceOf(javax.crypto.AEADBadTagException.class);
    }

    @Test
    void aShortInstallationSecretIsRefused() {
        assertThatThrownBy(() -> new AesGcmSecretSealer(new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyAVersionPrefixLooksSealed() {
        assertThat(SecretSealer.looksSealed("v1:abc")).isTrue();
        assertThat(SecretSealer.looksSealed("v12:abc")).isTrue();
        assertThat(SecretSealer.looksSealed(TOTP_SECRET)).isFalse();
        assertThat(SecretSealer.looksSealed("v:abc")).isFalse();
        assertThat(SecretSealer.looksSealed("vx:abc")).isFalse();
        assertThat(SecretSealer.looksSealed(null)).isFalse();
        assertThat(Optional.of(sealer.toString())).get().asString().doesNotContain("0123");
    }

    // --- ops ---
    @org.junit.jupiter.api.Test
    void duringAKeyRotationValuesOfThePreviousKeyOpenAndAreMarkedForResealingNewOnesUseTheCurrentKey() {
        byte[] old = "old-installation-secret-0123456789abcdef".getBytes();
        byte[] current = "new-installation-secret-fedcba9876543210".getBytes();
        String sealedBefore = new AesGcmSecretSealer(old).seal("JBSWY3DPEHPK3PXP");
        AesGcmSecretSealer rotating = new AesGcmSecretSealer(current, java.util.List.of(old));

        org.assertj.core.api.Assertions.assertThat(rotating.open(sealedBefore)).hasValue("JBSWY3DPEHPK3PXP");
        org.assertj.core.api.Assertions.assertThat(rotating.sealedWithPreviousKey(sealedBefore)).isTrue();
        String resealed = rotating.seal("JBSWY3DPEHPK3PXP");
        org.assertj.core.api.Assertions.assertThat(rotating.sealedWithPreviousKey(resealed)).isFalse();
        org.assertj.core.api.Assertions.assertThat(new AesGcmSecretSealer(current).open(resealed)).hasValue("JBSWY3DPEHPK3PXP");
        org.assertj.core.api.Assertions.assertThat(new AesGcmSecretSealer(current).open(sealedBefore)).isEmpty();
        org.assertj.core.api.Assertions.assertThat(rotating.sealedWithPreviousKey("v1:not-sealed-at-all")).isFalse();
    }
}
