package jp.kenpo.kennin.bootstrap.config;

import jp.kenpo.kennin.adapters.jobs.MailThrottle;
// --- objectstore ---
import jp.kenpo.kennin.adapters.documents.objectstore.S3Settings;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.adapters.web.kit.TrustedProxies;

/**
 * Everything the installation is told through {@code KENNIN_*} environment variables (see the
 * README for the table). A blank variable counts as unset, because env files and container
 * definitions often write {@code NAME=} for "no value".
 *
 * @param secret key for hashing verification codes and link tokens; its UTF-8 bytes are the key
 * @param mailPerMinute campaign mails handed to the mail server per minute (the outbox worker's throttle)
 * @param ops           the management port, log format and a previous secret during a key rotation
 */
public record KenninConfig(int httpPort, Path dataDir, Database database, Smtp smtp, URI baseUrl, String secret,
                           int hashThreads, int maxUploadMegabytes, Network network, int mailPerMinute,
                           // --- objectstore ---
                           DocumentStore documentStore,
                           // --- ops ---
                           Ops ops) {

    public static final String HTTP_PORT = "KENNIN_HTTP_PORT";
    public static final String DATA_DIR = "KENNIN_DATA_DIR";
    public static final String DB_URL = "KENNIN_DB_URL";
    public static final String DB_USER = "KENNIN_DB_USER";
    public static final String DB_PASSWORD = "KENNIN_DB_PASSWORD";
    public static final String SMTP_HOST = "KENNIN_SMTP_HOST";
    public static final String SMTP_PORT = "KENNIN_SMTP_PORT";
    public static final String SMTP_USER = "KENNIN_SMTP_USER";
    public static final String SMTP_PASSWORD = "KENNIN_SMTP_PASSWORD";
    public static final String SMTP_STARTTLS = "KENNIN_SMTP_STARTTLS";
    public static final String BASE_URL = "KENNIN_BASE_URL";
    public static final String SECRET = "KENNIN_SECRET";
    public static final String HASH_THREADS = "KENNIN_HASH_THREADS";
    public static final String MAX_UPLOAD_MB = "KENNIN_MAX_UPLOAD_MB";
    /** The embedded database's password, generated once beside {@code secret.key}. */
    public static final String DB_KEY_FILE = "db.key";
    /** The web server's place in the network. */
    public static final String TRUSTED_PROXIES = "KENNIN_TRUSTED_PROXIES";
    public static final String HTTP_BIND = "KENNIN_HTTP_BIND";
    // --- jobs ---
    /** Campaign mails per minute; code mails (sign-up, password reset) are not throttled. */
    public static final String MAIL_PER_MINUTE = "KENNIN_MAIL_PER_MINUTE";
    // --- objectstore ---
    /** {@code filesystem} (the default: under the data directory) or {@code s3}. */
    public static final String DOCUMENT_STORE = "KENNIN_DOCUMENT_STORE";
    public static final String S3_ENDPOINT = "KENNIN_S3_ENDPOINT";
    public static final String S3_BUCKET = "KENNIN_S3_BUCKET";
    public static final String S3_REGION = "KENNIN_S3_REGION";
    public static final String S3_ACCESS_KEY = "KENNIN_S3_ACCESS_KEY";
    public static final String S3_SECRET_KEY = "KENNIN_S3_SECRET_KEY";
    public static final String S3_PREFIX = "KENNIN_S3_PREFIX";
    /** {@code none}, {@code AES256} or {@code aws:kms}. */
    public static final String S3_SSE = "KENNIN_S3_SSE";
    public static final String S3_KMS_KEY_ID = "KENNIN_S3_KMS_KEY_ID";
    /** Months after a survey year closes that its documents' bytes are purged; unset: never. */
    public static final String DOCUMENT_RETENTION_MONTHS = "KENNIN_DOCUMENT_RETENTION_MONTHS";
    /** Ten years: longer than any retention a health insurance society keeps survey evidence for. */
    public static final int MAX_RETENTION_MONTHS = 120;
    // --- end objectstore ---
    // --- ops ---
    /** The port of /metrics (and /healthz, /readyz) for Prometheus; unset: no management port. */
    public static final String MANAGEMENT_PORT = "KENNIN_MANAGEMENT_PORT";
    /** The address the management port listens on: 127.0.0.1 unless told otherwise. */
    public static final String MANAGEMENT_BIND = "KENNIN_MANAGEMENT_BIND";
    public static final String LOG_FORMAT = jp.kenpo.kennin.bootstrap.ops.LogFormatConfigurator.LOG_FORMAT;
    /** The secret before a rotation: codes, links and sealed values made with it still work. */
    public static final String SECRET_PREVIOUS = "KENNIN_SECRET_PREVIOUS";
    // --- end ops ---
    /** A phone photo or scan is a few MB; more than this is a video or a mistake. */
    public static final int MAX_MAX_UPLOAD_MB = 100;

    /** 32 characters: the base64 text of the generated key is 44, a hand-picked one must not be shorter than a hex-encoded 128-bit key. */
    public static final int MIN_SECRET_LENGTH = 32;
    /** Each Argon2 hash holds 19 MiB while it runs; more threads than this only buys memory pressure. */
    public static final int MAX_HASH_THREADS = 64;

    /** @param url empty for the embedded H2 database under the data directory (the persistence adapter builds its URL) */
    public record Database(Optional<String> url, String user, String password) {
        @Override
        public String toString() {
            return "Database[url=" + url.orElse("(embedded)") + ", user=" + user + ", password=" + mask(password) + "]";
        }
    }

    /** @param host empty when mails go to the outbox directory instead of an SMTP server */
    public record Smtp(Optional<String> host, int port, String user, String password, boolean startTls) {
        @Override
        public String toString() {
            return "Smtp[host=" + host.orElse("(outbox)") + ", port=" + port + ", user=" + user
                    + ", password=" + mask(password) + ", startTls=" + startTls + "]";
        }
    }

    /**
     * Where the web server meets the network.
     *
     * @param trustedProxies the reverse proxies whose X-Forwarded-For names the client; none by default
     * @param httpBind       the local address the web port listens on (127.0.0.1 behind a proxy on the same
     *                       machine); empty for every interface, IPv4 and IPv6, as before
     */
    public record Network(TrustedProxies trustedProxies, Optional<String> httpBind) {
    }

    // --- ops ---
    /**
     * Operations settings.
     *
     * @param managementPort  port of the management server (0: any free port, for tests); empty: none
     * @param managementBind  its listening address, 127.0.0.1 by default
     * @param logFormat       plain lines or one JSON object per line
     * @param previousSecret  {@code KENNIN_SECRET_PREVIOUS} during a key rotation
     */
    public record Ops(java.util.OptionalInt managementPort, String managementBind,
                      jp.kenpo.kennin.bootstrap.ops.LogFormatConfigurator.LogFormat logFormat, Optional<String> previousSecret) {
        public static Ops defaults() {
            return new Ops(java.util.OptionalInt.empty(), "127.0.0.1",
                    jp.kenpo.kennin.bootstrap.ops.LogFormatConfigurator.LogFormat.PLAIN, Optional.empty());
        }

        @Override
        public String toString() {
            return "Ops[managementPort=" + (managementPort.isPresent() ? String.valueOf(managementPort.getAsInt()) : "(none)")
                    + ", managementBind=" + managementBind + ", logFormat=" + logFormat + ", previousSecret="
                    + (previousSecret.isPresent() ? "***" : "(none)") + "]";
        }
    }

    private static Ops opsFromEnvironment(Variables vars, String secret) {
        java.util.OptionalInt managementPort = vars.optional(MANAGEMENT_PORT).isPresent()
                ? java.util.OptionalInt.of(vars.intInRange(MANAGEMENT_PORT, 0, 0, 65_535)) : java.util.OptionalInt.empty();
        String managementBind = vars.bindAddress(MANAGEMENT_BIND).orElse("127.0.0.1");
        var logFormat = jp.kenpo.kennin.bootstrap.ops.LogFormatConfigurator.LogFormat.parse(vars.text(LOG_FORMAT))
                .orElseThrow(() -> new ConfigException("config.error.logFormat", LOG_FORMAT, vars.text(LOG_FORMAT)));
        Optional<String> previous = vars.optional(SECRET_PREVIOUS);
        if (previous.isPresent() && previous.get().length() < MIN_SECRET_LENGTH) {
            throw new ConfigException("config.error.secretTooShort", SECRET_PREVIOUS, String.valueOf(MIN_SECRET_LENGTH));
        }
        if (previous.isPresent() && previous.get().equals(secret)) {
            throw new ConfigException("config.error.secretPreviousSame", SECRET_PREVIOUS, SECRET);
        }
        return new Ops(managementPort, managementBind, logFormat, previous);
    }

    /** The previous secret's key bytes, or none: codes, links and sealed values of before a rotation. */
    public java.util.List<byte[]> previousSecretKeys() {
        return ops.previousSecret().map(p -> java.util.List.of(p.getBytes(StandardCharsets.UTF_8))).orElse(java.util.List.of());
    }
    // --- end ops ---

    /** Reads the settings; when {@code KENNIN_SECRET} is unset this creates or reads {@code <dataDir>/secret.key}. */
    public static KenninConfig fromEnvironment(Map<String, String> env) {
        Variables vars = new Variables(env);
        int httpPort = vars.port(HTTP_PORT, 8080);
        Path dataDir = vars.path(DATA_DIR, Path.of("data"));
        Database database = new Database(vars.jdbcUrl(DB_URL), vars.text(DB_USER), vars.text(DB_PASSWORD));
        Smtp smtp = new Smtp(vars.optional(SMTP_HOST), vars.port(SMTP_PORT, 587), vars.text(SMTP_USER),
                vars.text(SMTP_PASSWORD), vars.bool(SMTP_STARTTLS, true));
        if (smtp.user().isEmpty() != smtp.password().isEmpty()) {
            throw new ConfigException("config.error.smtpCredentials", smtp.user().isEmpty() ? SMTP_USER : SMTP_PASSWORD);
        }
        URI baseUrl = vars.baseUrl(BASE_URL, "http://localhost:" + httpPort);
        int hashThreads = vars.intInRange(HASH_THREADS, Math.min(Runtime.getRuntime().availableProcessors(), MAX_HASH_THREADS),
                1, MAX_HASH_THREADS);
        String secret = vars.optional(SECRET).map(KenninConfig::longEnough).orElseGet(() -> secretFromFile(dataDir));
        int maxUploadMegabytes = vars.intInRange(MAX_UPLOAD_MB, 10, 1, MAX_MAX_UPLOAD_MB);
        Network network = new Network(vars.trustedProxies(TRUSTED_PROXIES), vars.bindAddress(HTTP_BIND));
        // --- jobs ---
        int mailPerMinute = vars.intInRange(MAIL_PER_MINUTE, MailThrottle.DEFAULT_PER_MINUTE, MailThrottle.MIN_PER_MINUTE,
                MailThrottle.MAX_PER_MINUTE);
        // --- objectstore ---
        DocumentStore documentStore = new DocumentStore(objectStore(vars),
                vars.optional(DOCUMENT_RETENTION_MONTHS).map(v -> vars.intInRange(DOCUMENT_RETENTION_MONTHS, 0, 1,
                        MAX_RETENTION_MONTHS)));
        // --- ops ---
        Ops ops = opsFromEnvironment(vars, secret);
        return new KenninConfig(httpPort, dataDir, database, smtp, baseUrl, secret, hashThreads, maxUploadMegabytes, network,
                mailPerMinute, documentStore, ops);
    }

    // --- objectstore ---
    /**
     * Where members' documents are kept and for how long.
     *
     * @param objectStore     the bucket, or empty for files under the data directory
     * @param retentionMonths months after a survey year closes that its documents are purged; empty: kept for ever
     */
    public record DocumentStore(Optional<S3Settings> objectStore, Optional<Integer> retentionMonths) {
    }

    private static Optional<S3Settings> objectStore(Variables vars) {
        String store = vars.optional(DOCUMENT_STORE).orElse("filesystem").toLowerCase(Locale.ROOT);
        if (store.equals("filesystem")) {
            return Optional.empty();
        }
        if (!store.equals("s3")) {
            throw new ConfigException("config.error.documentStore", DOCUMENT_STORE, vars.text(DOCUMENT_STORE));
        }
        Optional<URI> endpoint = vars.optional(S3_ENDPOINT).map(raw -> {
            try {
                URI uri = new URI(raw);
                if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                        && uri.getUserInfo() == null && uri.getQuery() == null && uri.getFragment() == null) {
                    return uri;
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            throw new ConfigException("config.error.s3Endpoint", S3_ENDPOINT, raw);
        });
        String bucket = vars.optional(S3_BUCKET).orElseThrow(
                () -> new ConfigException("config.error.s3Required", S3_BUCKET, DOCUMENT_STORE));
        String accessKey = vars.text(S3_ACCESS_KEY);
        String secretKey = vars.text(S3_SECRET_KEY);
        if (accessKey.isEmpty() != secretKey.isEmpty()) {
            throw new ConfigException("config.error.s3Credentials", accessKey.isEmpty() ? S3_ACCESS_KEY : S3_SECRET_KEY);
        }
        Optional<S3Settings.AccessKey> credentials = accessKey.isEmpty() ? Optional.empty()
                : Optional.of(new S3Settings.AccessKey(accessKey, secretKey));
        String sse = vars.optional(S3_SSE).orElse("none");
        Optional<String> kmsKey = vars.optional(S3_KMS_KEY_ID);
        S3Settings.Encryption encryption = switch (sse.toLowerCase(Locale.ROOT)) {
            case "none" -> new S3Settings.None();
            case "aes256" -> new S3Settings.Aes256();
            case "aws:kms", "kms" -> new S3Settings.Kms(kmsKey);
            default -> throw new ConfigException("config.error.s3Sse", S3_SSE, sse);
        };
        if (kmsKey.isPresent() && !(encryption instanceof S3Settings.Kms)) {
            throw new ConfigException("config.error.s3KmsKeyWithoutKms", S3_KMS_KEY_ID, S3_SSE);
        }
        String region = vars.optional(S3_REGION).orElse("us-east-1");
        try {
            S3Settings.normalisePrefix(vars.text(S3_PREFIX));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("config.error.s3Value", S3_PREFIX, vars.text(S3_PREFIX), e.getMessage());
        }
        try {
            return Optional.of(new S3Settings(endpoint, bucket, region, credentials, vars.text(S3_PREFIX), encryption,
                    S3Settings.DEFAULT_CLEANUP_SAFE_AGE));
        } catch (IllegalArgumentException e) {
            // bucket or region: the message names which, never a key
            String variable = e.getMessage().startsWith("not a region") ? S3_REGION : S3_BUCKET;
            throw new ConfigException("config.error.s3Value", variable, variable.equals(S3_REGION) ? region : bucket,
                    e.getMessage());
        }
    }
    // --- end objectstore ---

    /**
     * Makes the data directory owner-only (creating it if needed) and its entries 0600/0700; the
     * program does this at start, before anything is written there.
     */
    public void secureDataDir() {
        secureDataDir(dataDir);
    }

    /**
     * The embedded database's password: generated once into {@code <dataDir>/db.key} (owner-only,
     * beside {@code secret.key}) and read from there afterwards. {@code KENNIN_DB_PASSWORD} is for
     * an external database and does not apply.
     */
    public String embeddedDatabasePassword() {
        secureDataDir(dataDir);
        return keyFromFile(dataDir, DB_KEY_FILE);
    }

    public byte[] secretKey() {
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    /** Where mails are written as {@code .eml} files when no SMTP host is set. */
    public Path outboxDir() {
        return dataDir.resolve("outbox");
    }

    /** Members' proof documents, readable only by the server's user, never served as static files. */
    public Path documentsDir() {
        return dataDir.resolve("documents");
    }

    public long maxUploadBytes() {
        return maxUploadMegabytes * 1024L * 1024L;
    }

    /** Without passwords or the secret: the configuration is logged at start-up. */
    @Override
    public String toString() {
        return "KenninConfig[httpPort=" + httpPort + ", dataDir=" + dataDir + ", database=" + database + ", smtp=" + smtp
                + ", baseUrl=" + baseUrl + ", secret=***, hashThreads=" + hashThreads + ", maxUploadMegabytes=" + maxUploadMegabytes
                + ", network=" + network + ", mailPerMinute=" + mailPerMinute
                // --- objectstore --- S3Settings prints no secret
                + ", documentStore=" + documentStore + ", ops=" + ops + "]";
    }

    private static String longEnough(String secret) {
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new ConfigException("config.error.secretTooShort", SECRET, String.valueOf(MIN_SECRET_LENGTH));
        }
        return secret;
    }

    private static String secretFromFile(Path dataDir) {
        secureDataDir(dataDir);
        return keyFromFile(dataDir, SecretKeyFile.FILE_NAME);
    }

    private static String keyFromFile(Path dataDir, String fileName) {
        try {
            return SecretKeyFile.loadOrCreate(dataDir, fileName);
        } catch (IOException | SecurityException e) {
            throw new ConfigException("config.error.secretFile", DATA_DIR, dataDir.resolve(fileName), e.getMessage());
        }
    }

    private static void secureDataDir(Path dataDir) {
        try {
            DataDirectory.secure(dataDir);
        } catch (IOException | SecurityException e) {
            throw new ConfigException("config.error.dataDir", DATA_DIR, dataDir, e.getMessage());
        }
    }

    private static String mask(String password) {
        return password.isEmpty() ? "" : "***";
    }

    /** Reads and checks one variable at a time; every failure names the variable and the value given. */
    private record Variables(Map<String, String> env) {
        Optional<String> optional(String name) {
            return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
        }

        String text(String name) {
            return optional(name).orElse("");
        }

        int port(String name, int fallback) {
            return intInRange(name, fallback, 1, 65_535);
        }

        int intInRange(String name, int fallback, int min, int max) {
            Optional<String> raw = optional(name);
            if (raw.isEmpty()) {
                return fallback;
            }
            try {
                int value = Integer.parseInt(raw.get());
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below together with out-of-range values
            }
            throw new ConfigException("config.error.intRange", name, String.valueOf(min), String.valueOf(max), raw.get());
        }

        boolean bool(String name, boolean fallback) {
            Optional<String> raw = optional(name);
            if (raw.isEmpty()) {
                return fallback;
            }
            return switch (raw.get().toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new ConfigException("config.error.boolean", name, raw.get());
            };
        }

        Path path(String name, Path fallback) {
            Optional<String> raw = optional(name);
            try {
                return raw.map(Path::of).orElse(fallback);
            } catch (InvalidPathException e) {
                throw new ConfigException("config.error.path", name, raw.get());
            }
        }

        Optional<String> jdbcUrl(String name) {
            Optional<String> raw = optional(name);
            if (raw.isPresent() && !raw.get().startsWith("jdbc:")) {
                throw new ConfigException("config.error.jdbcUrl", name, raw.get());
            }
            return raw;
        }

        Optional<String> bindAddress(String name) {
            Optional<String> raw = optional(name);
            if (raw.isPresent() && !TrustedProxies.isAddressLiteral(raw.get())) {
                throw new ConfigException("config.error.bindAddress", name, raw.get());
            }
            return raw;
        }

        TrustedProxies trustedProxies(String name) {
            Optional<String> raw = optional(name);
            try {
                return raw.map(TrustedProxies::parse).orElse(TrustedProxies.none());
            } catch (IllegalArgumentException e) {
                throw new ConfigException("config.error.trustedProxies", name, e.getMessage());
            }
        }

        URI baseUrl(String name, String fallback) {
            String raw = optional(name).orElse(fallback);
            try {
                URI uri = new URI(raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw);
                boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
                if (web && uri.getHost() != null && uri.getQuery() == null && uri.getFragment() == null) {
                    return uri;
                }
            } catch (URISyntaxException e) {
                // reported below together with URLs of the wrong kind
            }
            throw new ConfigException("config.error.baseUrl", name, raw);
        }
    }
}
