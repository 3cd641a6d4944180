package jp.kenpo.kennin.application.fakes;

import java.util.concurrent.atomic.AtomicInteger;
import jp.kenpo.kennin.application.security.SecretGenerator;
import jp.kenpo.kennin.domain.verification.VerificationCode;

/** Predictable secrets, each different from the one before (tests read codes and links from the mails). */
public final class SequentialSecrets implements SecretGenerator {
    private final AtomicInteger codes = new AtomicInteger();
    private final AtomicInteger tokens = new AtomicInteger();
    private final AtomicInteger receipts = new AtomicInteger();

    @Override
    public VerificationCode verificationCode() {
        return new VerificationCode(String.format("%06d", (codes.incrementAndGet() * 104_729) % 1_000_000));
    }

    @Override
    public String linkToken() {
        return "link-token-" + tokens.incrementAndGet();
    }

    @Override
    public String receiptCode() {
        return String.format("%08d", receipts.incrementAndGet());
    }
}
