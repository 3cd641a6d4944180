package jp.kenpo.kennin.adapters.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SecureRandomSecretsTest {
    private final SecureRandomSecrets secrets = new SecureRandomSecrets();

    @Test
    void verificationCodesAreSixDigits() {
        assertThat(IntStream.range(0, 100).mapToObj(i -> secrets.verificationCode().value()))
                .allMatch(code -> code.matches("[0-9]{6}"));
    }

    @Test
    void linkTokensAre256BitsOfUrlSafeBase64WithoutPadding() {
        Set<String> tokens = IntStream.range(0, 1_000).mapToObj(i -> secrets.linkToken()).collect(Collectors.toSet());

        assertThat(tokens).hasSize(1_000).allMatch(token -> token.matches("[A-Za-z0-9_-]{43}"));
    }
}
