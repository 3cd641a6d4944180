package jp.kenpo.kennin.adapters.documents.objectstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.kenpo.kennin.adapters.documents.FileSystemDocumentStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/** Every upload carries the configured server-side encryption header as it goes over the wire. */
class ServerSideEncryptionIsAskedForTest {
    @TempDir
    Path bucketFolder;
    @TempDir
    Path root;

    private S3ProxyServer server;
    private final List<Map<String, List<String>>> putHeaders = new CopyOnWriteArrayList<>();

    /** s3proxy has no encryption of its own: told to ignore the header, it stores the object as it would anyway. */
    @BeforeEach
    void start() throws Exception {
        server = S3ProxyServer.start(bucketFolder, true);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private S3KeptDocuments kept(S3Settings.Encryption encryption) {
        S3Settings settings = server.settings().withEncryption(encryption);
        ExecutionInterceptor recorder = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                if (context.request() instanceof PutObjectRequest) {
                    putHeaders.add(context.httpRequest().headers());
                }
            }
        };
        return new S3KeptDocuments(S3Clients.builder(settings)
                .overrideConfiguration(c -> c.addExecutionInterceptor(recorder)).build(), settings, Clock.systemUTC());
    }

    @Test
    void aes256IsSentWithEveryUploadAndTheDocumentReadsBack() throws Exception {
        try (S3KeptDocuments kept = kept(new S3Settings.Aes256())) {
            FileSystemDocumentStorage storage = Uploads.storage(root, kept);
            var document = Uploads.keep(storage, Uploads.stage(storage, Uploads.generated(5000)));

            assertThat(putHeaders).singleElement().satisfies(h ->
                    assertThat(h.get("x-amz-server-side-encryption")).containsExactly("AES256"));
            try (var in = storage.open(document.id())) {
                assertThat(in.readAllBytes()).hasSize(5000);
            }
        }
    }

    @Test
    void kmsIsSentWithItsKeyId() {
        try (S3KeptDocuments kept = kept(new S3Settings.Kms(Optional.of("arn:aws:kms:ap-northeast-1:111122223333:key/test")))) {
            FileSystemDocumentStorage storage = Uploads.storage(root, kept);
            try {
                Uploads.keep(storage, Uploads.stage(storage, Uploads.generated(5000)));
            } catch (java.io.UncheckedIOException e) {
                // s3proxy has no KMS; what matters here is what was asked for
            }

            assertThat(putHeaders).isNotEmpty().allSatisfy(h -> {
                assertThat(h.get("x-amz-server-side-encryption")).containsExactly("aws:kms");
                assertThat(h.get("x-amz-server-side-encryption-aws-kms-key-id"))
                        .containsExactly("arn:aws:kms:ap-northeast-1:111122223333:key/test");
            });
        }
    }

    @Test
    void aStoreWithoutEncryptionRefusesTheUploadAndTheFailureSaysHow(@TempDir Path strictFolder) throws Exception {
        try (S3ProxyServer strict = S3ProxyServer.start(strictFolder);
             S3KeptDocuments kept = strict.kept(strict.settings().withEncryption(new S3Settings.Aes256()), Clock.systemUTC())) {
            FileSystemDocumentStorage storage = Uploads.storage(root, kept);
            var staged = Uploads.stage(storage, Uploads.generated(100));

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Uploads.keep(storage, staged))
                    .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("HTTP 501");
        }
    }

    @Test
    void noneSendsNoEncryptionHeader() {
        try (S3KeptDocuments kept = kept(new S3Settings.None())) {
            FileSystemDocumentStorage storage = Uploads.storage(root, kept);
            Uploads.keep(storage, Uploads.stage(storage, Uploads.generated(100)));

            assertThat(putHeaders).singleElement().satisfies(h -> assertThat(h).doesNotContainKey("x-amz-server-side-encryption"));
        }
    }
}
