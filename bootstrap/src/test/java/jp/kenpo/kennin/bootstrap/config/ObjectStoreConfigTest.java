package jp.kenpo.kennin.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.adapters.cli.ConsoleMessages;
import jp.kenpo.kennin.adapters.documents.objectstore.S3Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Documents in a bucket and their retention, chosen by environment variables alone (two nodes share one bucket). */
class ObjectStoreConfigTest {
    private static final String SECRET = "0123456789abcdef0123456789abcdef";
    private static final String S3_SECRET = "s3-secret-that-must-never-be-logged";

    private static Map<String, String> s3(String... more) {
        Map<String, String> env = new HashMap<>(Map.of("KENNIN_SECRET", SECRET, "KENNIN_DOCUMENT_STORE", "s3",
                "KENNIN_S3_ENDPOINT", "http://127.0.0.1:9000", "KENNIN_S3_BUCKET", "kennin-docs",
                "KENNIN_S3_ACCESS_KEY", "kennin", "KENNIN_S3_SECRET_KEY", S3_SECRET));
        for (int i = 0; i < more.length; i += 2) {
            env.put(more[i], more[i + 1]);
        }
        return env;
    }

    @Test
    void byDefaultDocumentsStayOnTheFileSystemForEver() {
        KenninConfig config = KenninConfig.fromEnvironment(Map.of("KENNIN_SECRET", SECRET));

        assertThat(config.documentStore()).isEqualTo(new KenninConfig.DocumentStore(Optional.empty(), Optional.empty()));
    }

    @Test
    void everyObjectStoreVariableIsRead() {
        KenninConfig config = KenninConfig.fromEnvironment(s3("KENNIN_S3_REGION", "ap-northeast-1", "KENNIN_S3_PREFIX",
                "/prod/kennin", "KENNIN_S3_SSE", "aws:kms", "KENNIN_S3_KMS_KEY_ID", "alias/kennin",
                "KENNIN_DOCUMENT_RETENTION_MONTHS", "24"));

        assertThat(config.documentStore().retentionMonths()).hasValue(24);
        assertThat(config.documentStore().objectStore()).hasValueSatisfying(s3 -> {
            assertThat(s3.endpoint()).hasValue(URI.create("http://127.0.0.1:9000"));
            assertThat(s3.bucket()).isEqualTo("kennin-docs");
            assertThat(s3.region()).isEqualTo("ap-northeast-1");
            assertThat(s3.prefix()).isEqualTo("prod/kennin/");
            assertThat(s3.credentials()).hasValue(new S3Settings.AccessKey("kennin", S3_SECRET));
            assertThat(s3.encryption()).isEqualTo(new S3Settings.Kms(Optional.of("alias/kennin")));
        });
    }

    @Test
    void withoutKeysTheDefaultCredentialChainAndRegionApply() {
        Map<String, String> env = s3();
        env.remove("KENNIN_S3_ACCESS_KEY");
        env.remove("KENNIN_S3_SECRET_KEY");
        env.remove("KENNIN_S3_ENDPOINT");

        S3Settings s3 = KenninConfig.fromEnvironment(env).documentStore().objectStore().orElseThrow();

        assertThat(s3.credentials()).isEmpty();
        assertThat(s3.endpoint()).isEmpty();
        assertThat(s3.region()).isEqualTo("us-east-1");
        assertThat(s3.encryption()).isEqualTo(new S3Settings.None());
    }

    @Test
    void theLoggedConfigurationNamesNoS3Secret() {
        KenninConfig config = KenninConfig.fromEnvironment(s3());

        assertThat(config.toString()).doesNotContain(S3_SECRET).contains("kennin-docs");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "KENNIN_DOCUMENT_STORE | ftp        | KENNIN_DOCUMENT_STORE | config.error.documentStore",
            "KENNIN_S3_BUCKET     | ''          | KENNIN_S3_BUCKET      | config.error.s3Required",
            "KENNIN_S3_BUCKET     | Not_A_Bucket | KENNIN_S3_BUCKET     | config.error.s3Value",
            "KENNIN_S3_REGION     | Tokyo Region | KENNIN_S3_REGION     | config.error.s3Value",
            "KENNIN_S3_ENDPOINT   | 127.0.0.1:9000 | KENNIN_S3_ENDPOINT | config.error.s3Endpoint",
            "KENNIN_S3_ENDPOINT   | http://user:pw@127.0.0.1:9000 | KENNIN_S3_ENDPOINT | config.error.s3Endpoint",
            "KENNIN_S3_ACCESS_KEY | ''          | KENNIN_S3_ACCESS_KEY  | config.error.s3Credentials",
            "KENNIN_S3_SSE        | aes128      | KENNIN_S3_SSE         | config.error.s3Sse",
            "KENNIN_S3_KMS_KEY_ID | alias/x     | KENNIN_S3_KMS_KEY_ID  | config.error.s3KmsKeyWithoutKms",
            "KENNIN_S3_PREFIX     | ../other    | KENNIN_S3_PREFIX      | config.error.s3Value",
            "KENNIN_DOCUMENT_RETENTION_MONTHS | 0 | KENNIN_DOCUMENT_RETENTION_MONTHS | config.error.intRange",
            "KENNIN_DOCUMENT_RETENTION_MONTHS | six | KENNIN_DOCUMENT_RETENTION_MONTHS | config.error.intRange",
    })
    void aBadValueNamesItsVariableInBothLanguagesAndNeverTheSecret(String variable, String value, String atFault, String key) {
        Map<String, String> env = s3();
        env.put(variable, value);

        assertThatThrownBy(() -> KenninConfig.fromEnvironment(env)).isInstanceOfSatisfying(ConfigException.class, e -> {
            assertThat(e.key()).isEqualTo(key);
            assertThat(e.variable()).isEqualTo(atFault);
            String text = ConsoleMessages.standard().bilingual(e.key(), e.args());
            assertThat(text.lines()).hasSize(2).allSatisfy(line -> assertThat(line).contains(atFault));
            assertThat(text).contains("環境変数").contains("Environment variable").doesNotContain(S3_SECRET);
        });
    }
}
