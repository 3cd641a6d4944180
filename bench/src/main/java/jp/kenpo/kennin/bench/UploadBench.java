package jp.kenpo.kennin.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import jp.kenpo.kennin.application.roster.DependentRosterRow;
import jp.kenpo.kennin.application.roster.ImportDependentsUseCase.ImportDependentsCommand;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterCommand;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterResult;
import jp.kenpo.kennin.application.roster.RosterRow;
import jp.kenpo.kennin.bootstrap.Wiring;
import jp.kenpo.kennin.bootstrap.config.KenninConfig;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Proof-document uploads under load: N members, each in a browser of its own, upload PDFs of a
 * given size at the same time over real HTTP (GET the checklist for the CSRF token, multipart
 * POST, follow the 303 back to the checklist), while the server's heap is sampled every 100 ms.
 * Shows whether uploads are streamed (heap flat whatever the file size and concurrency) or held in
 * memory. Runs the production wiring on a throw-away embedded database and data directory, with
 * the demo data plus one synthetic member per client, registered through the sign-up pages (the
 * code read from the outbox), each with dependents of 20 in the demo survey's scope whose survey
 * form is answered (a student living away), so their checklist offers the 在学証明書 upload.
 *
 * <p>The clients run in this JVM, so the heap figures include them; they stream the file from disk
 * and discard the responses they do not read, so what grows with the upload is the server's.
 *
 * <p>Arguments: [uploads per client, default 4] [clients, default 50] [file size in MB (MiB), default 5].
 */
public final class UploadBench {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern FORM_LINK = Pattern.compile("<a href=\"(/survey/dependents/\\d+)\">");
    private static final Pattern DOCUMENT_LINK = Pattern.compile("href=\"(/survey/documents/[0-9a-f]{32})\"");
    private static final Pattern ALERT = Pattern.compile("<div class=\"flash flash-error\" role=\"alert\">([^<]*)</div>");
    private static final Pattern CODE = Pattern.compile("(?<![0-9])([0-9]{6})(?![0-9])");
    /** The flash after a successful upload: 「{0}」をアップロードしました。 */
    private static final String UPLOADED = "をアップロードしました。";
    private static final String INSURER = "demo";
    private static final String SYMBOL = "88";
    private static final int FIRST_NUMBER = 70_000;
    private static final String PASSWORD = "Bench#2026pass";
    private static final String FILE_NAME = "scan.pdf";
    private static final String KIND = "STUDENT_CERTIFICATE";
    /** DocumentRules.MAX_FILES_PER_DEPENDENT: more uploads per member are spread over more dependents. */
    private static final int MAX_FILES_PER_DEPENDENT = 30;
    /** As in SurveyFormJourneyTest: a son of 20 at university, lodging near school, to whom the member sends money. */
    private static final Map<String, String> STUDENT_ANSWERS = Map.ofEntries(Map.entry("LIVING", "APART_FOR_SCHOOL"),
            Map.entry("SITUATION", "STUDENT"), Map.entry("RESIDENCE", "IN_JAPAN"), Map.entry("SALARY", "1000000"),
            Map.entry("EMPLOYMENT_CHANGED", "no"), Map.entry("UNEMPLOYMENT_BENEFIT", "NOT_CLAIMING"),
            Map.entry("OTHER_HEALTH_INSURANCE", "no"), Map.entry("DISABLED", "no"), Map.entry("REMITTANCE", "1200000"));
    private static final List<String> CHILDREN = List.of("長男", "長女", "二男", "二女", "三男", "三女", "四男", "四女");
    private static final long MB = 1024L * 1024L;
    private static final DateTimeFormatter ROSTER_DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");

    public static void main(String[] args) throws Exception {
        int uploadsPerClient = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int sizeMb = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int dependentsPerMember = (uploadsPerClient + MAX_FILES_PER_DEPENDENT - 1) / MAX_FILES_PER_DEPENDENT;
        if (uploadsPerClient < 1 || clients < 1 || sizeMb < 1 || dependentsPerMember > CHILDREN.size()
                || sizeMb >= KenninConfig.MAX_MAX_UPLOAD_MB) {
            throw new IllegalArgumentException("uploads per client 1.." + CHILDREN.size() * MAX_FILES_PER_DEPENDENT
                    + ", clients >= 1, size 1.." + (KenninConfig.MAX_MAX_UPLOAD_MB - 1) + " MB");
        }
        int total = uploadsPerClient * clients;
        System.out.printf("cores=%d clients=%d uploads/client=%d (total %d) file=%d MB java=%s max heap=%d MB%n",
                Runtime.getRuntime().availableProcessors(), clients, uploadsPerClient, total, sizeMb,
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / MB);

        Path work = Files.createTempDirectory("kennin-upload-bench");
        Path pdf = writePdf(work.resolve(FILE_NAME), sizeMb * MB);
        long fileBytes = Files.size(pdf);
        System.out.printf("test file: %s, %.2f MB, one page with an uncompressible image%n", pdf, fileBytes / (double) MB);

        Path dataDir = Files.createDirectories(work.resolve("data"));
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put(KenninConfig.DATA_DIR, dataDir.toString());
        // Always the throw-away embedded database: the members registered here could not register twice.
        env.remove(KenninConfig.DB_URL);
        env.remove(KenninConfig.SMTP_HOST);
        env.put(KenninConfig.MAX_UPLOAD_MB, Integer.toString(Math.max(10, sizeMb + 1)));
        KenninConfig config = KenninConfig.fromEnvironment(env);
        try (Wiring wiring = Wiring.of(config)) {
            wiring.seedDemo(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            List<RosterRow> members = addMembers(wiring, clients, dependentsPerMember);
            var web = wiring.startWeb(0);
            String base = "http://127.0.0.1:" + web.port();
            try {
                Outbox outbox = new Outbox(config.outboxDir());
                long setupStart = System.nanoTime();
                List<Client> ready = registerAndLogIn(base, members, outbox);
                System.out.printf("set-up: %d members registered, logged in, %d dependent(s) each (%.1f s)%n",
                        ready.size(), dependentsPerMember, (System.nanoTime() - setupStart) / 1e9);
                Result result = measure(ready, uploadsPerClient, pdf, fileBytes);
                result.print(config, fileBytes, sizeMb, clients, uploadsPerClient);
                verify(ready, config.documentsDir(), result.ok.sum());
            } finally {
                web.stop();
            }
        } finally {
            deleteTree(work);
        }
    }

    // ---------------------------------------------------------------- set-up

    /** A valid PDF of about {@code bytes}: one A4 page showing a noise image (which Flate cannot shrink). */
    static Path writePdf(Path file, long bytes) throws IOException {
        int width = 1024;
        int height = (int) Math.max(1, (bytes - 4096) / (3L * width));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(20261124L);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                row[x] = random.nextInt() & 0xFFFFFF;
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDImageXObject xobject = LosslessFactory.createFromImage(document, image);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(xobject, 36, 36, PDRectangle.A4.getWidth() - 72, PDRectangle.A4.getHeight() - 72);
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** One member per client in the demo insurer's roster, each with dependents of 20 (in the survey's 18+ scope). */
    private static List<RosterRow> addMembers(Wiring wiring, int clients, int dependentsPerMember) {
        List<RosterRow> members = new ArrayList<>();
        List<DependentRosterRow> dependents = new ArrayList<>();
        String twenty = LocalDate.now(Wiring.TOKYO).minusYears(20).format(ROSTER_DATE);
        for (int i = 0; i < clients; i++) {
            String number = Integer.toString(FIRST_NUMBER + i);
            members.add(new RosterRow(i + 2, SYMBOL, number, "負荷　太郎", "フカ タロウ", "1980/01/01",
                    "bench-" + number + "@example.com", "本社"));
            for (int d = 0; d < dependentsPerMember; d++) {
                dependents.add(new DependentRosterRow(dependents.size() + 2, SYMBOL, number, Integer.toString(d + 1),
                        "負荷　学", "フカ マナブ", twenty, CHILDREN.get(d), d % 2 == 0 ? "男" : "女", "別居", ""));
            }
        }
        ImportRosterResult roster = wiring.importRoster(new ImportRosterCommand(INSURER, Optional.empty(), members));
        ImportRosterResult family = wiring.importDependents(new ImportDependentsCommand(INSURER, dependents));
        if (!(roster instanceof ImportRosterResult.Imported) || !(family instanceof ImportRosterResult.Imported)) {
            throw new IllegalStateException("bench roster refused: " + roster + " / " + family);
        }
        return members;
    }

    /** Registers each member through the sign-up pages, logs in, accepts the terms and finds its dependents' pages. */
    private static List<Client> registerAndLogIn(String base, List<RosterRow> members, Outbox outbox) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(members.size(), Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<Client>> futures = new ArrayList<>();
            for (RosterRow member : members) {
                futures.add(pool.submit(() -> {
                    Client client = new Client(base);
                    String userId = "bench-" + member.number();
                    client.open("/signup");
                    client.submit("/signup", Map.of("insurerCode", INSURER, "symbol", member.symbol(), "number", member.number(),
                            "birthDate", member.birthDate(), "kanaName", member.nameKana()));
                    client.submit("/signup/credentials", Map.of("userId", userId, "password", PASSWORD,
                            "passwordConfirmation", PASSWORD));
                    client.submit("/signup/code", Map.of("code", outbox.codeFor(member.email())));
                    client.open("/login");
                    HttpResponse<String> terms = client.submit("/login", Map.of("userId", userId, "password", PASSWORD));
                    Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(terms.body());
                    if (version.find()) {
                        client.submit("/terms", Map.of("agreed", "on", "version", version.group(1)));
                    }
                    HttpResponse<String> home = client.open("/home");
                    Matcher forms = FORM_LINK.matcher(home.body());
                    while (forms.find()) {
                        if (!client.dependents.contains(forms.group(1))) {
                            client.dependents.add(forms.group(1));
                        }
                    }
                    if (!home.uri().getPath().equals("/home") || client.dependents.isEmpty()) {
                        throw new IllegalStateException("member " + member.number() + " not logged in or without dependents: "
                                + home.uri() + " " + home.statusCode());
                    }
                    // A student living away for school: the checklist then asks for a 在学証明書, the form to upload it.
                    for (String dependent : client.dependents) {
                        client.open(dependent);
                        client.submit(dependent, STUDENT_ANSWERS);
                        String documents = client.open(dependent + "/documents").body();
                        if (!documents.contains("name=\"kind\" value=\"" + KIND + "\"")) {
                            throw new IllegalStateException("no " + KIND + " upload form for " + dependent + " of member "
                                    + member.number());
                        }
                    }
                    return client;
                }));
            }
            List<Client> clients = new ArrayList<>();
            for (Future<Client> f : futures) {
                clients.add(f.get());
            }
            return clients;
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- measurement

    private static Result measure(List<Client> clients, int uploadsPerClient, Path pdf, long fileBytes) throws Exception {
        int total = clients.size() * uploadsPerClient;
        Heap heap = new Heap();
        Result result = new Result(total);
        result.baseline = heap.usedAfterGc();
        heap.startListening();
        heap.resetPeaks();

        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger done = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (Client client : clients) {
            futures.add(pool.submit(() -> {
                go.await();
                for (int k = 0; k < uploadsPerClient; k++) {
                    String documents = client.dependents.get(k % client.dependents.size()) + "/documents";
                    try {
                        String failure = client.upload(documents, pdf, fileBytes);
                        if (failure == null) {
                            result.ok.increment();
                            result.bytes.add(fileBytes);
                        } else {
                            result.fail(failure);
                        }
                    } catch (Exception e) {
                        result.fail(e.toString());
                    }
                    done.incrementAndGet();
                }
                return null;
            }));
        }

        long start = System.nanoTime();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                result.samples.add(new Sample((System.nanoTime() - start) / 1e9, heap.used(), heap.lastAfterGc.get(),
                        done.get()));
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        go.countDown();
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            result.wallSeconds = (System.nanoTime() - start) / 1e9;
            sampler.interrupt();
            sampler.join();
            pool.shutdownNow();
        }
        result.samples.add(new Sample(result.wallSeconds, heap.used(), heap.lastAfterGc.get(), done.get()));
        result.poolPeakSum = heap.poolPeakSum();
        result.maxAfterGc = heap.maxAfterGc.get();
        result.gcs = heap.collections.get();
        heap.stopListening();
        result.after = heap.usedAfterGc();
        result.committed = heap.committed();
        return result;
    }

    /** Whether the uploads landed: files in storage, and each checklist page listing its dependent's documents. */
    private static void verify(List<Client> clients, Path documentsDir, long expected) throws Exception {
        long stored;
        long storedBytes;
        long staging;
        try (Stream<Path> files = Files.walk(documentsDir.resolve("documents"))) {
            List<Path> kept = files.filter(Files::isRegularFile).toList();
            stored = kept.size();
            long sum = 0;
            for (Path p : kept) {
                sum += Files.size(p);
            }
            storedBytes = sum;
        }
        try (Stream<Path> files = Files.walk(documentsDir.resolve("staging"))) {
            staging = files.filter(Files::isRegularFile).count();
        }
        long listed = 0;
        for (Client client : clients) {
            for (String dependent : client.dependents) {
                Matcher m = DOCUMENT_LINK.matcher(client.open(dependent + "/documents").body());
                Set<String> links = new HashSet<>();
                while (m.find()) {
                    links.add(m.group(1));
                }
                listed += links.size();
            }
        }
        System.out.printf("verified: %d files (%.1f MB) under %s, %d left in staging; %d documents listed on the checklist pages "
                        + "(expected %d) -> %s%n", stored, storedBytes / (double) MB, documentsDir.resolve("documents"), staging,
                listed, expected, stored == expected && listed == expected && staging == 0 ? "OK" : "MISMATCH");
    }

    private record Sample(double seconds, long used, long afterGc, int done) {
    }

    private static final class Result {
        final int total;
        final LongAdder ok = new LongAdder();
        final LongAdder bytes = new LongAdder();
        final LongAdder failed = new LongAdder();
        final Map<String, Integer> failures = new ConcurrentHashMap<>();
        final List<Sample> samples = new CopyOnWriteArrayList<>();
        long baseline;
        long after;
        long committed;
        long poolPeakSum;
        long maxAfterGc;
        long gcs;
        double wallSeconds;

        Result(int total) {
            this.total = total;
        }

        void fail(String why) {
            failed.increment();
            failures.merge(why.length() > 300 ? why.substring(0, 300) : why, 1, Integer::sum);
        }

        void print(KenninConfig config, long fileBytes, int sizeMb, int clients, int uploadsPerClient) {
            long peak = samples.stream().mapToLong(Sample::used).max().orElse(0);
            double mbUploaded = bytes.sum() / (double) MB;
            System.out.println();
            System.out.println("heap used by progress (100 ms samples; 'after GC' = live heap after the latest collection):");
            System.out.println("  progress   time s   uploads   heap now MB   max in step MB   after GC MB");
            int from = 0;
            for (int decile = 1; decile <= 10; decile++) {
                long threshold = (long) Math.ceil(total * decile / 10.0);
                int at = from;
                while (at < samples.size() - 1 && samples.get(at).done() < threshold) {
                    at++;
                }
                long max = 0;
                for (int i = Math.min(from, at); i <= at; i++) {
                    max = Math.max(max, samples.get(i).used());
                }
                Sample s = samples.get(at);
                System.out.printf("  %6d%%   %7.1f   %7d   %11.0f   %14.0f   %11.0f%n", decile * 10, s.seconds(), s.done(),
                        s.used() / (double) MB, max / (double) MB, s.afterGc() / (double) MB);
                from = at + 1 < samples.size() ? at + 1 : at;
            }
            System.out.println();
            System.out.printf("uploads: %d ok, %d failed of %d; %.1f MB in %.1f s = %.1f MB/s, %.1f uploads/s%n", ok.sum(),
                    failed.sum(), total, mbUploaded, wallSeconds, mbUploaded / wallSeconds, ok.sum() / wallSeconds);
            System.out.printf("heap: baseline after GC %.0f MB, peak used %.0f MB (sum of pool peaks %.0f MB), "
                            + "highest live heap after a GC during the run %s, after run + GC %.0f MB; committed %.0f MB of max %d MB; "
                            + "%d GCs during the run%n",
                    baseline / (double) MB, peak / (double) MB, poolPeakSum / (double) MB,
                    gcs == 0 ? "- (no GC)" : String.format("%.0f MB", maxAfterGc / (double) MB),
                    after / (double) MB, committed / (double) MB, Runtime.getRuntime().maxMemory() / MB, gcs);
            failures.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(5)
                    .forEach(e -> System.out.printf("  failure x%d: %s%n", e.getValue(), e.getKey()));
            System.out.printf("SUMMARY upload-bench: %d clients x %d x %d MB PDF (%.2f MB), Xmx %d MB, %d cores: %d ok / %d failed, "
                            + "%.0f MB in %.1f s = %.1f MB/s (%.1f uploads/s); heap baseline %.0f MB, peak %.0f MB, "
                            + "max after-GC %s, after run %.0f MB%n",
                    clients, uploadsPerClient, sizeMb, fileBytes / (double) MB, Runtime.getRuntime().maxMemory() / MB,
                    Runtime.getRuntime().availableProcessors(), ok.sum(), failed.sum(), mbUploaded, wallSeconds,
                    mbUploaded / wallSeconds, ok.sum() / wallSeconds, baseline / (double) MB, peak / (double) MB,
                    gcs == 0 ? "- (no GC)" : String.format("%.0f MB", maxAfterGc / (double) MB), after / (double) MB);
        }
    }

    /** This JVM's heap: used now, after each collection (GC notifications), and the pools' peaks. */
    private static final class Heap {
        final AtomicLong lastAfterGc = new AtomicLong();
        final AtomicLong maxAfterGc = new AtomicLong();
        final AtomicLong collections = new AtomicLong();
        private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        private final javax.management.NotificationListener listener = (notification, handback) -> {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                    .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
            lastAfterGc.set(used);
            maxAfterGc.accumulateAndGet(used, Math::max);
            collections.incrementAndGet();
        };

        long used() {
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }

        long committed() {
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
        }

        long usedAfterGc() throws InterruptedException {
            System.gc();
            Thread.sleep(300);
            long used = used();
            lastAfterGc.set(used);
            return used;
        }

        void resetPeaks() {
            ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .forEach(MemoryPoolMXBean::resetPeakUsage);
        }

        long poolPeakSum() {
            return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .map(MemoryPoolMXBean::getPeakUsage).mapToLong(MemoryUsage::getUsed).sum();
        }

        void startListening() {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(listener, null, null);
                }
            }
        }

        void stopListening() {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (javax.management.ListenerNotFoundException e) {
                        // not added: nothing to remove
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- the member's browser

    /** One member's browser: cookies, the page last shown (for its CSRF token), redirects followed like a browser. */
    private static final class Client {
        private final String base;
        private final HttpClient http;
        final List<String> dependents = new ArrayList<>();
        private String lastPath = "";
        private String lastPage = "";

        Client(String base) {
            this.base = base;
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10)).build();
        }

        HttpResponse<String> open(String path) throws Exception {
            return follow(send(HttpRequest.newBuilder(URI.create(base + path)).GET().build()));
        }

        HttpResponse<String> submit(String path, Map<String, String> fields) throws Exception {
            Map<String, String> form = new LinkedHashMap<>(fields);
            csrf().ifPresent(token -> form.putIfAbsent("_csrf", token));
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return follow(send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build()));
        }

        /**
         * Opens the checklist unless it is the page on screen, posts the file as its form does
         * (streamed from disk), and follows the 303 back to the checklist; null when the page then
         * says the file was uploaded, else what went wrong.
         */
        String upload(String documents, Path file, long fileBytes) throws Exception {
            if (!lastPath.equals(documents)) {
                HttpResponse<String> page = open(documents);
                if (page.statusCode() != 200) {
                    return "GET " + documents + " -> " + page.statusCode();
                }
            }
            String token = csrf().orElse("");
            String boundary = "----kennin-bench-" + Long.toHexString(System.nanoTime());
            String head = part(boundary, "_csrf", token) + part(boundary, "kind", KIND) + "--" + boundary
                    + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + FILE_NAME
                    + "\"\r\nContent-Type: application/pdf\r\n\r\n";
            String tail = "\r\n--" + boundary + "--\r\n";
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + documents))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .timeout(Duration.ofMinutes(5))
                    .POST(HttpRequest.BodyPublishers.concat(
                            HttpRequest.BodyPublishers.ofByteArray(head.getBytes(StandardCharsets.UTF_8)),
                            HttpRequest.BodyPublishers.ofFile(file),
                            HttpRequest.BodyPublishers.ofByteArray(tail.getBytes(StandardCharsets.UTF_8))))
                    .build();
            HttpResponse<Void> posted = http.send(request, HttpResponse.BodyHandlers.discarding());
            String location = posted.headers().firstValue("Location").orElse("");
            if (posted.statusCode() != 303 || !location.endsWith("/documents")) {
                lastPath = "";
                return "POST " + documents + " -> " + posted.statusCode() + (location.isEmpty() ? "" : " Location " + location);
            }
            HttpResponse<String> shown = open(location.startsWith("http") ? URI.create(location).getRawPath() : location);
            if (!shown.body().contains(UPLOADED)) {
                Matcher alert = ALERT.matcher(shown.body());
                return "303 but not uploaded: " + (alert.find() ? alert.group(1) : "status " + shown.statusCode());
            }
            return null;
        }

        private static String part(String boundary, String name, String value) {
            return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
        }

        private Optional<String> csrf() {
            Matcher m = CSRF.matcher(lastPage);
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        }

        private HttpResponse<String> send(HttpRequest request) throws Exception {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                lastPage = response.body();
                lastPath = response.statusCode() == 200 ? request.uri().getRawPath() : "";
            }
            return response;
        }

        private HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
            HttpResponse<String> current = response;
            for (int hops = 0; hops < 10 && current.statusCode() / 100 == 3; hops++) {
                String location = current.headers().firstValue("Location").orElseThrow();
                String path = location.startsWith("http") ? URI.create(location).getRawPath() : location;
                current = send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
            }
            return current;
        }
    }

    /** Mails the server wrote as .eml files instead of sending them; read once each, by recipient. */
    private static final class Outbox {
        private final Path directory;
        private final Session session = Session.getInstance(new Properties());
        private final Set<Path> read = new HashSet<>();
        private final Map<String, String> lastBodyTo = new HashMap<>();

        Outbox(Path directory) {
            this.directory = directory;
        }

        /** The 6-digit code of the newest mail to this address, waiting up to 10 s for it. */
        String codeFor(String address) throws Exception {
            long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < until) {
                Optional<String> body = bodyTo(address);
                if (body.isPresent()) {
                    Matcher m = CODE.matcher(body.get());
                    if (m.find()) {
                        return m.group(1);
                    }
                }
                Thread.sleep(50);
            }
            throw new IllegalStateException("no code mailed to " + address + " in " + directory);
        }

        private synchronized Optional<String> bodyTo(String address) throws Exception {
            if (Files.isDirectory(directory)) {
                try (Stream<Path> files = Files.list(directory)) {
                    for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".eml")).sorted().toList()) {
                        if (read.add(file)) {
                            try (InputStream in = Files.newInputStream(file)) {
                                MimeMessage message = new MimeMessage(session, in);
                                String to = ((InternetAddress) message.getAllRecipients()[0]).getAddress();
                                lastBodyTo.put(to.toLowerCase(), String.valueOf(message.getContent()));
                            }
                        }
                    }
                }
            }
            return Optional.ofNullable(lastBodyTo.get(address.toLowerCase()));
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + root + ": " + e);
        }
    }
}
