package jp.kenpo.kennin.adapters.documents.objectstore;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where and how documents are kept in an S3-compatible bucket.
 *
 * @param endpoint    the store's URL (MinIO, s3proxy, a cloud's S3-compatible service); empty for AWS itself
 * @param bucket      the bucket, which must exist already (it is never created)
 * @param region      the signing region; S3-compatible stores accept any, usually {@code us-east-1}
 * @param credentials an access key pair, or empty for the SDK's default chain (environment, profile, instance role)
 * @param prefix      put before every key ({@code kennin/} → {@code kennin/documents/<id>}); empty for none
 * @param encryption  the server-side encryption every object is written with
 * @param cleanupSafeAge the start-up cleanup only looks at objects older than this: younger ones may be another
 *                    live node's upload whose database row is about to commit
 */
public record S3Settings(Optional<URI> endpoint, String bucket, String region, Optional<AccessKey> credentials, String prefix,
                         Encryption encryption, Duration cleanupSafeAge) {
    /** Bucket names as S3 allows them (3–63 lower-case letters, digits, dots, hyphens). */
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    /** A prefix of plain path segments: nothing that could be read as another bucket's key or a URL. */
    private static final Pattern PREFIX = Pattern.compile("([A-Za-z0-9._-]+/)*");
    private static final Pattern REGION = Pattern.compile("[a-z0-9-]{2,40}");
    /**
     * An upload and its row's commit take seconds (the largest allowed upload is 100 MB, sent from
     * the local disk); an hour leaves room for a slow store and for clocks that disagree by minutes.
     */
    public static final Duration DEFAULT_CLEANUP_SAFE_AGE = Duration.ofHours(1);

    public S3Settings {
        Objects.requireNonNull(endpoint);
        Objects.requireNonNull(credentials);
        Objects.requireNonNull(encryption);
        Objects.requireNonNull(cleanupSafeAge);
        if (bucket == null || !BUCKET.matcher(bucket).matches()) {
            throw new IllegalArgumentException("not a bucket name: " + bucket);
        }
        if (region == null || !REGION.matcher(region).matches()) {
            throw new IllegalArgumentException("not a region: " + region);
        }
        prefix = normalisePrefix(prefix);
        if (cleanupSafeAge.isNegative()) {
            throw new IllegalArgumentException("the cleanup's safe age is not negative");
        }
    }

    /** A blank prefix is none; a prefix without a trailing slash gets one; leading slashes go. */
    public static String normalisePrefix(String raw) {
        String p = raw == null ? "" : raw.strip();
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        if (!p.isEmpty() && !p.endsWith("/")) {
            p = p + "/";
        }
        if (!PREFIX.matcher(p).matches() || p.contains("//") || p.contains("/../") || p.startsWith("../") || p.equals("./")) {
            throw new IllegalArgumentException("a prefix is plain path segments of letters, digits, '.', '_' and '-'");
        }
        return p;
    }

    public S3Settings withCleanupSafeAge(Duration age) {
        return new S3Settings(endpoint, bucket, region, credentials, prefix, encryption, age);
    }

    public S3Settings withEncryption(Encryption e) {
        return new S3Settings(endpoint, bucket, region, credentials, prefix, e, cleanupSafeAge);
    }

    public S3Settings withPrefix(String p) {
        return new S3Settings(endpoint, bucket, region, credentials, p, encryption, cleanupSafeAge);
    }

    /** The secret never appears in logs: the configuration is logged at start. */
    @Override
    public String toString() {
        return "S3Settings[endpoint=" + endpoint.map(URI::toString).orElse("(AWS)") + ", bucket=" + bucket + ", region=" + region
                + ", credentials=" + credentials.map(c -> "static").orElse("default chain") + ", prefix=" + prefix
                + ", encryption=" + encryption + "]";
    }

    /** A static access key pair. */
    public record AccessKey(String accessKeyId, String secretAccessKey) {
        public AccessKey {
            if (accessKeyId == null || accessKeyId.isBlank() || secretAccessKey == null || secretAccessKey.isBlank()) {
                throw new IllegalArgumentException("an access key has an id and a secret");
            }
        }

        @Override
        public String toString() {
            return "AccessKey[***]";
        }
    }

    /** Server-side encryption of every object written. */
    public sealed interface Encryption permits None, Aes256, Kms {
    }

    /** The bucket's own default applies (many stores encrypt anyway). */
    public record None() implements Encryption {
    }

    /** SSE-S3: {@code x-amz-server-side-encryption: AES256}. */
    public record Aes256() implements Encryption {
    }

    /** SSE-KMS with the given key, or the account's default KMS key when empty. */
    public record Kms(Optional<String> keyId) implements Encryption {
        public Kms {
            Objects.requireNonNull(keyId);
        }
    }
}
