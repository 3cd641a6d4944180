package jp.kenpo.kennin.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpo.kennin.bootstrap.Wiring;
import jp.kenpo.kennin.bootstrap.config.KenninConfig;
import jp.kenpo.kennin.adapters.crypto.Argon2PasswordHasher;
import jp.kenpo.kennin.bootstrap.demo.DemoData;

/**
 * Measures, on this machine: (1) the raw Argon2id verification rate of the configured hasher,
 * (2) full logins per second over HTTP (GET /login for the CSRF token, POST /login), and
 * (3) main-screen requests per second for logged-in members. Runs the production wiring on a
 * throw-away embedded database (or KENNIN_DB_URL when set) with the demo data.
 *
 * <p>Arguments: [seconds per phase, default 15] [concurrent clients, default 8].
 */
public final class OnboardingBench {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("cores=%d clients=%d seconds/phase=%d java=%s%n", cores, clients, seconds,
                System.getProperty("java.version"));

        double hashRate = rawHashRate(cores, clients, seconds);
        System.out.printf("raw Argon2id verify (pool of %d threads): %.1f/s%n", cores, hashRate);

        Path dataDir = Files.createTempDirectory("kennin-bench");
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put(KenninConfig.DATA_DIR, dataDir.toString());
        env.remove(KenninConfig.SMTP_HOST);
        KenninConfig config = KenninConfig.fromEnvironment(env);
        try (Wiring wiring = Wiring.of(config)) {
            wiring.seedDemo(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            var web = wiring.startWeb(0);
            String base = "http://127.0.0.1:" + web.port();
            try {
                double logins = run(clients, seconds, () -> {
                    Session s = new Session(base);
                    return () -> s.logIn() ? 1 : 0;
                });
                System.out.printf("logins over HTTP: %.1f/s (%.0f%% of the raw hash rate)%n", logins, 100 * logins / hashRate);

                double home = run(clients, seconds, () -> {
                    Session s = new Session(base);
                    if (!s.logIn()) {
                        throw new IllegalStateException("demo login failed");
                    }
                    s.acceptTermsIfAsked();
                    return () -> s.get("/home").statusCode() == 200 ? 1 : 0;
                });
                System.out.printf("main screen (GET /home, logged in): %.1f/s%n", home);
            } finally {
                web.stop();
            }
        }
    }

    private static double rawHashRate(int threads, int clients, int seconds) throws Exception {
        try (Argon2PasswordHasher hasher = new Argon2PasswordHasher(threads)) {
            String hash = hasher.hash(DemoData.PASSWORD);
            return run(clients, seconds, () -> () -> hasher.verify(DemoData.PASSWORD, hash) ? 1 : 0);
        }
    }

    /** Runs the operation from {@code clients} threads for the given time; returns successes per second. */
    private static double run(int clients, int seconds, Callable<Callable<Integer>> perClient) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        LongAdder ok = new LongAdder();
        LongAdder failed = new LongAdder();
        AtomicBoolean stop = new AtomicBoolean();
        try {
            var futures = new java.util.ArrayList<Future<?>>();
            for (int i = 0; i < clients; i++) {
                Callable<Integer> op = perClient.call();
                futures.add(pool.submit(() -> {
                    while (!stop.get()) {
                        try {
                            if (op.call() == 1) {
                                ok.increment();
                            } else {
                                failed.increment();
                            }
                        } catch (Exception e) {
                            failed.increment();
                        }
                    }
                    return null;
                }));
            }
            long start = System.nanoTime();
            Thread.sleep(seconds * 1000L);
            stop.set(true);
            for (Future<?> f : futures) {
                f.get();
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            if (failed.sum() > 0) {
                System.out.printf("  (%d operations failed)%n", failed.sum());
            }
            return ok.sum() / elapsed;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One member's browser: cookies, CSRF token of the last page, no redirects followed. */
    private static final class Session {
        private final String base;
        private final HttpClient client;
        private String lastPage = "";

        Session(String base) {
            this.base = base;
            this.client = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        }

        boolean logIn() throws Exception {
            get("/login");
            HttpResponse<String> r = post("/login", Map.of("userId", DemoData.USER_ID, "password", DemoData.PASSWORD));
            String location = r.headers().firstValue("Location").orElse("");
            return r.statusCode() / 100 == 3 && (location.endsWith("/terms") || location.endsWith("/home"));
        }

        void acceptTermsIfAsked() throws Exception {
            HttpResponse<String> terms = get("/terms");
            Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(terms.body());
            if (terms.statusCode() == 200 && version.find()) {
                post("/terms", Map.of("agreed", "on", "version", version.group(1)));
            }
        }

        HttpResponse<String> get(String path) throws Exception {
            return remember(client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
            Matcher m = CSRF.matcher(lastPage);
            Map<String, String> form = new HashMap<>(fields);
            if (m.find()) {
                form.put("_csrf", m.group(1));
            }
            StringBuilder body = new StringBuilder();
            form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return remember(client.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }

        private HttpResponse<String> remember(HttpResponse<String> r) {
            if (r.statusCode() == 200) {
                lastPage = r.body();
            }
            return r;
        }
    }
}
