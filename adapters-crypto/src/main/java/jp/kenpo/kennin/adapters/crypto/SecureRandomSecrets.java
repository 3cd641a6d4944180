package jp.kenpo.kennin.adapters.crypto;

import java.security.SecureRandom;
import java.util.Base64;
import jp.kenpo.kennin.application.security.SecretGenerator;
import jp.kenpo.kennin.domain.survey.ReceiptNumber;
import jp.kenpo.kennin.domain.verification.VerificationCode;

/** Codes and link tokens from {@link SecureRandom}; link tokens carry 256 bits, base64url without padding. */
public final class SecureRandomSecrets implements SecretGenerator {
    private static final int TOKEN_BYTES = 32;

    private final SecureRandom random = new SecureRandom();

    @Override
    public VerificationCode verificationCode() {
        return VerificationCode.issue(random);
    }

    @Override
    public String linkToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String receiptCode() {
        StringBuilder code = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            code.append(ReceiptNumber.ALPHABET.charAt(random.nextInt(ReceiptNumber.ALPHABET.length())));
        }
        return code.toString();
    }
}
