package jp.kenpo.kennin.adapters.crypto;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;
import java.util.concurrent.RejectedExecutionException;
import jp.kenpo.kennin.application.security.PasswordHasher;

/**
 * Argon2id through Password4j, with parameters set here rather than in a psw4j.properties file
 * so that nobody weakens them by dropping a file on the classpath. New hashes use at least
 * OWASP's minimum (19 MiB, 2 passes, 1 lane); verification reads the parameters from the
 * stored hash, so they can be raised later without invalidating existing passwords.
 *
 * <p>All work runs on a bounded pool ({@link HashingPool}): when it is saturated, {@link #hash},
 * {@link #verify} and {@link #verifyAgainstDummy} throw {@link RejectedExecutionException},
 * which the web adapter turns into a "busy, try again" page.
 *
 * <p>Every password is NFKC-normalised here, before hashing and before verifying, as NIST SP
 * 800-63B asks of verifiers that accept any Unicode: a passphrase chosen with the IME on matches
 * when typed later in half width (and the other way round). This one place covers sign-up,
 * reset, login and the password check of an email change. NFKC leaves half-width ASCII
 * unchanged, so hashes stored before it still verify.
 */
public final class Argon2PasswordHasher implements PasswordHasher, AutoCloseable {
    public static final int MEMORY_KIB = 19_456;
    public static final int ITERATIONS = 2;
    public static final int PARALLELISM = 1;
    private static final int HASH_BYTES = 32;
    private static final int SALT_BYTES = 16;
    /** Waiting hashes per thread: at roughly 50 ms a hash, the last in line waits well under a second. */
    private static final int QUEUED_PER_THREAD = 8;

    private static final Argon2Function ARGON2 =
            Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES, Argon2.ID, Argon2Function.ARGON2_VERSION_13);

    private final HashingPool pool;
    private final int queueCapacity;
    private final String dummyHash;

    /** @param threads how many hashes may run at once ({@code KENNIN_HASH_THREADS}) */
    public Argon2PasswordHasher(int threads) {
        this.queueCapacity = threads * QUEUED_PER_THREAD;
        this.pool = new HashingPool("password-hash", threads, queueCapacity);
        this.dummyHash = hashNow(randomPassword());
    }

    @Override
    public String hash(String password) {
        String normalised = normalised(password);
        return pool.call(() -> hashNow(normalised));
    }

    @Override
    public boolean verify(String password, String hash) {
        String normalised = normalised(password);
        return pool.call(() -> verifyNow(normalised, hash));
    }

    @Override
    public void verifyAgainstDummy(String password) {
        String normalised = normalised(password);
        pool.call(() -> verifyNow(normalised, dummyHash));
    }

    /** Hashes waiting for a thread of the pool; at {@link #queueCapacity()} the next login is refused with a 503. */
    public int queuedHashes() {
        return pool.queued();
    }

    /** Hashes running now. */
    public int activeHashes() {
        return pool.active();
    }

    public int queueCapacity() {
        return queueCapacity;
    }

    @Override
    public void close() {
        pool.close();
    }

    private static String normalised(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFKC);
    }

    private static String hashNow(String password) {
        return Password.hash(password).addRandomSalt(SALT_BYTES).with(ARGON2).getResult();
    }

    private static boolean verifyNow(String password, String hash) {
        Argon2Function stored;
        try {
            stored = Argon2Function.getInstanceFromHash(hash);
        } catch (RuntimeException notAnArgon2Hash) {
            // An unreadable stored hash can never match; failing the login is safer than a 500.
            return false;
        }
        return Password.check(password, hash).with(stored);
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
