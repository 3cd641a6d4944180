package jp.kenpo.kennin.adapters.documents.objectstore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import jp.kenpo.kennin.adapters.documents.KeptDocuments;
import jp.kenpo.kennin.application.document.DocumentStoragePort.DocumentMissingException;
import jp.kenpo.kennin.application.document.StoredDocument;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadBucketRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * Kept documents as objects in an S3-compatible bucket:
 * <pre>
 *   &lt;prefix&gt;documents/&lt;id&gt;     kept documents (128 random bits in hex; nothing the member sent)
 *   &lt;prefix&gt;quarantine/&lt;id&gt;    objects no database row refers to, set aside at start
 * </pre>
 * An upload is one PUT streamed from the staged file with its length known, so the object exists
 * whole or not at all (S3 never shows a half-written object), and the PUT is answered only once
 * the store holds it durably: the row naming it is committed after that. Reads stream the object
 * to the caller. Every store failure is an {@link UncheckedIOException} whose message names the
 * operation and the store's status, never a credential.
 *
 * <p>Its own module (the AWS SDK stays out of every other), in the documents adapter's package tree:
 * it plugs into that adapter's {@link KeptDocuments} and the architecture rules judge it as part of it.
 */
public final class S3KeptDocuments implements KeptDocuments, AutoCloseable {
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");
    private static final String CONTENT_TYPE = "application/octet-stream";
    /** A readiness probe answers within a few seconds, whatever the store does. */
    static final Duration REACHABLE_TIMEOUT = Duration.ofSeconds(3);

    private final S3Client s3;
    private final S3Settings settings;
    private final Clock clock;
    private final String documents;
    private final String quarantine;

    public S3KeptDocuments(S3Client s3, S3Settings settings, Clock clock) {
        this.s3 = s3;
        this.settings = settings;
        this.clock = clock;
        this.documents = settings.prefix() + "documents/";
        this.quarantine = settings.prefix() + "quarantine/";
    }

    /** With a client built from the settings alone. */
    public static S3KeptDocuments connect(S3Settings settings, Clock clock) {
        return new S3KeptDocuments(S3Clients.builder(settings).build(), settings, clock);
    }

    @Override
    public void keep(StoredDocument.Id id, Path stagedFile, long size) {
        PutObjectRequest.Builder put = PutObjectRequest.builder().bucket(settings.bucket()).key(documents + id.value())
                .contentLength(size).contentType(CONTENT_TYPE);
        if (settings.encryption() instanceof S3Settings.Aes256) {
            put.serverSideEncryption(ServerSideEncryption.AES256);
        } else if (settings.encryption() instanceof S3Settings.Kms kms) {
            put.serverSideEncryption(ServerSideEncryption.AWS_KMS);
            kms.keyId().ifPresent(put::ssekmsKeyId);
        }
        try {
            // fromFile reads the staged file as it is sent (and again on a retry), never whole into memory.
            s3.putObject(put.build(), RequestBody.fromFile(stagedFile));
        } catch (SdkException e) {
            throw failure("keeping a document", e);
        }
    }

    @Override
    public InputStream open(StoredDocument.Id id) {
        try {
            return s3.getObject(GetObjectRequest.builder().bucket(settings.bucket()).key(documents + id.value()).build());
        } catch (NoSuchKeyException e) {
            throw new DocumentMissingException(id);
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw new DocumentMissingException(id);
            }
            throw failure("reading a document", e);
        } catch (SdkException e) {
            throw failure("reading a document", e);
        }
    }

    @Override
    public void delete(StoredDocument.Id id) {
        delete(documents + id.value(), "deleting a document");
    }

    @Override
    public void checkReachable() {
        try {
            s3.headBucket(HeadBucketRequest.builder().bucket(settings.bucket())
                    .overrideConfiguration(AwsRequestOverrideConfiguration.builder().apiCallTimeout(REACHABLE_TIMEOUT).build())
                    .build());
        } catch (SdkException e) {
            throw failure("reaching the bucket", e);
        }
    }

    /**
     * Moves objects under {@code documents/} that no row names to {@code quarantine/} (a server-side
     * copy, then a delete). Only objects older than {@link S3Settings#cleanupSafeAge()} by the
     * store's own time stamp are considered: a younger one may be another live node's upload whose
     * row is about to commit. So an object orphaned by a crash stays under {@code documents/} until
     * a start more than that age later; no member was ever told it arrived, and nothing shows it.
     */
    @Override
    public int setAsideUnreferenced(Predicate<StoredDocument.Id> referenced) {
        Instant olderThan = clock.instant().minus(settings.cleanupSafeAge());
        int setAside = 0;
        try {
            for (S3Object object : s3.listObjectsV2Paginator(ListObjectsV2Request.builder().bucket(settings.bucket())
                    .prefix(documents).build()).contents()) {
                String name = object.key().substring(documents.length());
                if (!KEY.matcher(name).matches() || object.lastModified() == null || !object.lastModified().isBefore(olderThan)
                        || referenced.test(new StoredDocument.Id(name))) {
                    continue;
                }
                CopyObjectRequest.Builder copy = CopyObjectRequest.builder().sourceBucket(settings.bucket())
                        .sourceKey(object.key()).destinationBucket(settings.bucket()).destinationKey(quarantine + name);
                if (settings.encryption() instanceof S3Settings.Aes256) {
                    copy.serverSideEncryption(ServerSideEncryption.AES256);
                } else if (settings.encryption() instanceof S3Settings.Kms kms) {
                    copy.serverSideEncryption(ServerSideEncryption.AWS_KMS);
                    kms.keyId().ifPresent(copy::ssekmsKeyId);
                }
                s3.copyObject(copy.build());
                delete(object.key(), "setting a document aside");
                setAside++;
            }
        } catch (SdkException e) {
            throw failure("listing documents after a crash", e);
        }
        return setAside;
    }

    @Override
    public String quarantineDescription() {
        return "s3://" + settings.bucket() + "/" + quarantine;
    }

    @Override
    public void close() {
        s3.close();
    }

    private void delete(String key, String what) {
        try {
            // S3 answers a delete of a missing key with success, so a second delete changes nothing.
            s3.deleteObject(DeleteObjectRequest.builder().bucket(settings.bucket()).key(key).build());
        } catch (SdkException e) {
            throw failure(what, e);
        }
    }

    /** The store's status and error code, or the client's reason: never the request's headers or credentials. */
    private UncheckedIOException failure(String what, SdkException e) {
        String reason;
        if (e instanceof S3Exception s3e) {
            String code = s3e.awsErrorDetails() == null ? null : s3e.awsErrorDetails().errorCode();
            reason = "HTTP " + s3e.statusCode() + (code == null ? "" : " " + code);
        } else {
            reason = e.getClass().getSimpleName() + (e.getCause() == null ? "" : " (" + e.getCause().getClass().getSimpleName() + ")");
        }
        return new UncheckedIOException(new IOException("object storage failed " + what + " in bucket " + settings.bucket()
                + ": " + reason, e));
    }
}
