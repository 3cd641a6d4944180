package jp.kenpo.kennin.adapters.documents.objectstore;

import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.S3Client;

/** The one way this application builds its S3 client. */
public final class S3Clients {
    /** A store that does not answer a connection in this time is taken to be down. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    /** Silence this long in the middle of a transfer ends it (a stream to a member is never left hanging). */
    static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(30);

    private S3Clients() {
    }

    /** Configured but not built, so tests may add an interceptor. */
    public static S3ClientBuilder builder(S3Settings settings) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials(settings))
                // Path-style (endpoint/bucket/key): S3-compatible stores rarely have a DNS name per bucket.
                .forcePathStyle(true)
                .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
                // Since SDK 2.30 every upload carries a CRC32 trailer in aws-chunked encoding unless told otherwise,
                // and S3-compatible stores (s3proxy, older MinIO, Ceph) refuse it.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(ApacheHttpClient.builder()
                        .connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(SOCKET_TIMEOUT)
                        .maxConnections(50));
        settings.endpoint().ifPresent(builder::endpointOverride);
        return builder;
    }

    private static AwsCredentialsProvider credentials(S3Settings settings) {
        return settings.credentials()
                .<AwsCredentialsProvider>map(key -> StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey())))
                .orElseGet(DefaultCredentialsProvider::create);
    }
}
