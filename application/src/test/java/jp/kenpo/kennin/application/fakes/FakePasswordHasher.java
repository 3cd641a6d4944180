package jp.kenpo.kennin.application.fakes;

import java.util.concurrent.atomic.AtomicInteger;
import jp.kenpo.kennin.application.security.PasswordHasher;

/** Fast and reversible, for tests only; counts the dummy verifications made for unknown user IDs. */
public final class FakePasswordHasher implements PasswordHasher {
    private static final String PREFIX = "fake-hash:";
    private final AtomicInteger dummyVerifications = new AtomicInteger();
    private Runnable whileHashing = () -> {
    };

    @Override
    public String hash(String password) {
        Runnable once = whileHashing;
        whileHashing = () -> {
        };
        once.run();
        return PREFIX + password;
    }

    /** Runs another request's work once, inside the next hash: where a real Argon2 hash spends its half second. */
    public void whileNextHashing(Runnable otherRequest) {
        this.whileHashing = otherRequest;
    }

    @Override
    public boolean verify(String password, String hash) {
        return hash.equals(PREFIX + password);
    }

    @Override
    public void verifyAgainstDummy(String password) {
        dummyVerifications.incrementAndGet();
    }

    public int dummyVerifications() {
        return dummyVerifications.get();
    }
}
