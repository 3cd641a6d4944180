package jp.kenpo.kennin.application.security;

import jp.kenpo.kennin.domain.verification.VerificationCode;

/** Unpredictable secrets (backed by SecureRandom). */
public interface SecretGenerator {
    VerificationCode verificationCode();

    /** A URL-safe token of at least 128 bits for links in mails. */
    String linkToken();

    /** Eight random characters of {@link jp.kenpo.kennin.domain.survey.ReceiptNumber#ALPHABET}, for a receipt number. */
    String receiptCode();
}
