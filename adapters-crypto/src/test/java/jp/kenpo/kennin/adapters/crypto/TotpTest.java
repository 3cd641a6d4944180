package jp.kenpo.kennin.adapters.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.OptionalLong;
import java.util.Set;
import jp.kenpo.kennin.domain.staff.RecoveryCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TotpTest {
    // RFC 6238 Appendix B: the seeds are the ASCII digits "1234567890" repeated to the hash's length.
    private static final byte[] SEED_SHA1 = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEED_SHA256 = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEED_SHA512 = ("12345678901234567890123456789012345678901234567890123456789012345678901234567890"
            .substring(0, 64)).getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "{0}s {1} -> {2}")
    @CsvSource({
            "59, SHA1, 94287082", "59, SHA256, 46119246", "59, SHA512, 90693936",
            "1111111109, SHA1, 07081804", "1111111109, SHA256, 68084774", "1111111109, SHA512, 25091201",
            "1111111111, SHA1, 14050471", "1111111111, SHA256, 67062674", "1111111111, SHA512, 99943326",
            "1234567890, SHA1, 89005924", "1234567890, SHA256, 91819424", "1234567890, SHA512, 93441116",
            "2000000000, SHA1, 69279037", "2000000000, SHA256, 90698825", "2000000000, SHA512, 38618901",
            "20000000000, SHA1, 65353130", "20000000000, SHA256, 77737706", "20000000000, SHA512, 47863826"})
    void rfc6238AppendixBVectors(long seconds, Totp.Algorithm algorithm, String expected) {
        byte[] seed = switch (algorithm) {
            case SHA1 -> SEED_SHA1;
            case SHA256 -> SEED_SHA256;
            case SHA512 -> SEED_SHA512;
        };
        Totp totp = new Totp(algorithm, 8);
        Instant at = Instant.ofEpochSecond(seconds);

        assertThat(totp.code(seed, Totp.step(at))).isEqualTo(expected);
        assertThat(totp.verify(Totp.base32(seed), expected, at)).hasValue(Totp.step(at));
    }

    @Test
    void sixDigitCodesAreTheLastSixOfTheRfcValueForSha1() {
        // HOTP truncation is "mod 10^digits", so the 6-digit code is the 8-digit vector's last six.
        assertThat(Totp.standard().code(SEED_SHA1, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.standard().code(SEED_SHA1, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideButNotTwo() {
        Totp totp = Totp.standard();
        String secret = totp.newSecret();
        Instant t = Instant.parse("2026-04-01T00:00:15Z");
        String code = totp.codeAt(secret, t);
        long step = Totp.step(t);

        assertThat(totp.verify(secret, code, t)).hasValue(step);
        assertThat(totp.verify(secret, code, t.plusSeconds(30))).hasValue(step);
        assertThat(totp.verify(secret, code, t.minusSeconds(30))).hasValue(step);
        assertThat(totp.verify(secret, code, t.plusSeconds(60))).isEqualTo(OptionalLong.empty());
        assertThat(totp.verify(secret, code, t.minusSeconds(60))).isEmpty();
    }

    @Test
    void malformedCodesMatchNothing() {
        Totp totp = Totp.standard();
        String secret = totp.newSecret();
        Instant t = Instant.parse("2026-04-01T00:00:00Z");

        assertThat(totp.verify(secret, null, t)).isEmpty();
        assertThat(totp.verify(secret, "12345", t)).isEmpty();
        assertThat(totp.verify(secret, "12345a", t)).isEmpty();
        assertThat(totp.verify(secret, "1234567", t)).isEmpty();
    }

    @Test
    void secretsAre20RandomBytesInBase32AndRoundTrip() {
        Totp totp = Totp.standard();
        String secret = totp.newSecret();

        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(Totp.decodeBase32(secret)).hasSize(20);
        assertThat(Totp.base32(Totp.decodeBase32(secret))).isEqualTo(secret);
        assertThat(Totp.decodeBase32(secret.toLowerCase() + " ")).isEqualTo(Totp.decodeBase32(secret));
        assertThat(totp.newSecret()).isNotEqualTo(secret);
        // RFC 4648 §10 test vector.
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
    }

    @Test
    void theOtpauthUriNamesIssuerAccountAndParameters() {
        assertThat(Totp.standard().otpauthUri("JBSWY3DPEHPK3PXP", "kenpo-kennin", "sato@acme"))
                .isEqualTo("otpauth://totp/kenpo-kennin:sato%40acme?secret=JBSWY3DPEHPK3PXP&issuer=kenpo-kennin"
                        + "&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void recoveryCodesAreTypableAndDiffer() {
        Totp totp = Totp.standard();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String code = totp.newRecoveryCode();
            assertThat(code).matches("[a-z2-9]{5}-[a-z2-9]{5}");
            assertThat(RecoveryCode.normalise(code)).isPresent();
            codes.add(code);
        }
        assertThat(codes).hasSize(50);
    }
}
