package jp.kenpo.kennin.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpo.kennin.adapters.crypto.Totp;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.insurer.OpenSurveyYearUseCase.OpenSurveyYearCommand;
import jp.kenpo.kennin.application.insurer.SetUpInsurerUseCase.SetUpInsurerCommand;
import jp.kenpo.kennin.application.progress.RebuildProgressUseCase.RebuildProgressCommand;
import jp.kenpo.kennin.application.staff.CompleteStaffEnrolmentUseCase.CompleteStaffEnrolmentCommand;
import jp.kenpo.kennin.application.staff.CreateOperatorUseCase.CreateOperatorCommand;
import jp.kenpo.kennin.application.staff.CreateOperatorUseCase.CreateOperatorResult;
import jp.kenpo.kennin.application.staff.ShowStaffEnrolmentUseCase.ShowStaffEnrolmentResult;
import jp.kenpo.kennin.bootstrap.Wiring;
import jp.kenpo.kennin.bootstrap.config.KenninConfig;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.insurer.InsurerContact;

/**
 * The dashboard and the review queue at a million members on PostgreSQL, in two phases run by
 * {@code bench/progress.sh}:
 * <ol>
 * <li>{@code setup}: the production wiring migrates the database and sets up insurer "bench" with
 * survey year 2025 (through the use cases); SQL generate_series then makes N members over ~200
 * 事業所 (skewed: a few large, many small), 1.5 dependents per member, accounts, responses,
 * submissions and a few deadline extensions; the application's own rebuild (RebuildProgressService,
 * batches of 1000) then fills member_progress and progress_count, timed. A reviewer is made with
 * the application's enrolment use cases (operator link, then its role and insurer set by SQL),
 * and their login, password and authenticator secret written to a file.</li>
 * <li>{@code measure}: from this JVM over HTTP against the server started separately on that
 * database: sign in with password and TOTP, then time the dashboard, the queue's first page, a
 * filtered page and a deep page (keyset cursor 200,000 rows in), median and p95 of N requests each.</li>
 * </ol>
 */
public final class ProgressBench {
    static final String INSURER = "bench";
    static final String LOGIN = "bench.reviewer";
    static final String PASSWORD = "ベンチマーク用の長いパスフレーズ 2026";

    private ProgressBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ProgressBench setup <members> <credentials-file> | measure <base-url> <credentials-file> <requests>");
            System.exit(2);
        }
        switch (args[0]) {
            case "setup" -> setup(Integer.parseInt(args[1]), Path.of(args[2]));
            case "measure" -> measure(URI.create(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    // ---- setup ----

    static void setup(int members, Path credentials) throws Exception {
        KenninConfig config = KenninConfig.fromEnvironment(System.getenv());
        String url = System.getenv("KENNIN_DB_URL");
        try (Wiring wiring = Wiring.of(config)) {
            var staff = wiring.staffUseCases();
            staff.setUpInsurer().setUpInsurer(new SetUpInsurerCommand(INSURER, "ベンチマーク健康保険組合", "kenpo@bench.example.jp",
                    new InsurerContact("0120-000-000", "平日 9:00～17:00", "help@bench.example.jp", "https://bench.example.jp/faq"),
                    CredentialPolicy.manualDefault(), 2025));
            staff.openSurveyYear().openSurveyYear(new OpenSurveyYearCommand(INSURER, 2025, "令和7年度 被扶養者資格調査",
                    LocalDate.of(2025, 7, 1), LocalDate.of(2025, 8, 31)));
            try (Connection db = DriverManager.getConnection(url, System.getenv("KENNIN_DB_USER"), System.getenv("KENNIN_DB_PASSWORD"))) {
                generate(db, members);
            }
            long started = System.nanoTime();
            var rebuilt = wiring.rebuildProgress().rebuildProgress(RebuildProgressCommand.currentYear(new InsurerCode(INSURER)));
            System.out.printf("rebuild (RebuildProgressService, batches of 1000): %s in %.1f s%n", rebuilt,
                    (System.nanoTime() - started) / 1e9);
            try (Connection db = DriverManager.getConnection(url, System.getenv("KENNIN_DB_USER"), System.getenv("KENNIN_DB_PASSWORD"))) {
                timed(db, "analyze", "analyze");
                printCounts(db);
            }
            String secret = reviewer(wiring, url);
            Properties p = new Properties();
            p.setProperty("login", LOGIN);
            p.setProperty("secret", secret);
            try (var out = Files.newBufferedWriter(credentials)) {
                p.store(out, "bench reviewer");
            }
        }
    }

    /** Members, dependents, accounts, responses and submissions of insurer "bench", all in SQL. */
    static void generate(Connection db, int members) throws SQLException {
        // 事業所: index = floor(200 * u^2) for u uniform in [0,1): the low numbers are big offices, the high ones small.
        timed(db, "members", """
                insert into member (insurer_code, symbol, number, name_written, name_kana, name_kana_key, birth_date, email,
                                    email_key, office, email_set_by_member)
                select 'bench', lpad((1 + (g - 1) / 100000)::text, 2, '0'), ((g - 1) % 100000 + 1)::text,
                       '加入者 ' || g, 'カニュウシャ', 'カニュウシャ', date '1960-01-01' + (g % 15000),
                       'm' || g || '@bench.example.jp', 'm' || g || '@bench.example.jp',
                       '第' || lpad((1 + floor(200 * power(((g::bigint * 2654435761) % 1000003) / 1000003.0, 2)))::int::text, 3, '0')
                           || '事業所',
                       false
                from generate_series(1, {members}) g""".replace("{members}", Integer.toString(members)));
        timed(db, "dependents (1 each)", """
                insert into dependent (member_id, dependent_number, name_written, name_kana, birth_date, relationship,
                                       relationship_term, sex, cohabitation)
                select id, '1', '被扶養者 ' || id, 'ヒフヨウシャ', date '1965-01-01' + (id % 15000)::int, 'SPOUSE', '妻', 'FEMALE', 'TOGETHER'
                from member where insurer_code = 'bench'""");
        // 父母 for one in ten (none of them ends up SUBMITTED) and one in 200 more that are SUBMITTED (id % 200 = 18:
        // (id / 4) % 10 = 4), so the queue filtered by 続柄 父母 matches about 2% of the submitted members.
        timed(db, "dependents (a second for every other member)", """
                insert into dependent (member_id, dependent_number, name_written, name_kana, birth_date, relationship,
                                       relationship_term, sex, cohabitation)
                select id, '2', '被扶養者 ' || id, 'ヒフヨウシャ',
                       case when id % 10 = 0 then date '1940-01-01' else date '2005-01-01' end + (id % 3000)::int,
                       case when id % 10 = 0 or id % 200 = 18 then 'PARENT' else 'CHILD' end,
                       case when id % 10 = 0 or id % 200 = 18 then '実父' else '長男' end, 'MALE', 'TOGETHER'
                from member where insurer_code = 'bench' and id % 2 = 0""");
        // Three in four registered; among them (id / 4) % 10 decides: 0-1 nothing yet, 2-3 answering, 4-6 submitted,
        // 7 one response returned, 8 confirmed, 9 one dependent removed.
        timed(db, "accounts", """
                insert into account (member_id, insurer_code, user_id, user_id_key, password_hash, fiscal_year, created_at,
                                     accepted_terms_version)
                select id, 'bench', 'u' || id, 'u' || id, 'x', 2025, timestamp with time zone '2025-07-01 09:00:00+09', 0
                from member where insurer_code = 'bench' and id % 4 <> 0""");
        timed(db, "responses", """
                insert into survey_response (insurer_code, fiscal_year, dependent_id, status, prospect, returned_count)
                select 'bench', 2025, d.id,
                       case (m.id / 4) % 10
                           when 2 then case when d.dependent_number = '1' then 'IN_PROGRESS' else 'NOT_STARTED' end
                           when 3 then 'IN_PROGRESS'
                           when 7 then case when d.dependent_number = '1' then 'RETURNED' else 'SUBMITTED' end
                           when 8 then 'CONFIRMED'
                           when 9 then case when d.dependent_number = '1' then 'REMOVED' else 'CONFIRMED' end
                           else 'SUBMITTED' end,
                       case when (m.id / 4) % 10 between 4 and 9 then
                           case m.id % 7 when 0 then 'DISCONTINUE' when 1 then 'NEEDS_REVIEW' when 2 then 'NEEDS_REVIEW'
                               else 'CONTINUE' end end,
                       case when (m.id / 4) % 10 = 7 or m.id % 13 = 0 then 1 else 0 end
                from member m join dependent d on d.member_id = m.id
                where m.insurer_code = 'bench' and m.id % 4 <> 0 and (m.id / 4) % 10 >= 2""");
        timed(db, "submissions", """
                insert into survey_submission (receipt_number, insurer_code, fiscal_year, member_id, submitted_at)
                select 'B' || lpad(id::text, 13, '0'), 'bench', 2025, id,
                       timestamp with time zone '2025-07-01 00:00:00+09' + ((id * 7919) % 5184000) * interval '1 second'
                from member where insurer_code = 'bench' and id % 4 <> 0 and (id / 4) % 10 >= 4""");
        timed(db, "deadline extensions (1 in 100 not yet submitted)", """
                insert into deadline_extension (insurer_code, fiscal_year, member_id, deadline)
                select 'bench', 2025, id, date '2027-01-31'
                from member where insurer_code = 'bench' and id % 100 = 1 and (id % 4 = 0 or (id / 4) % 10 < 4)""");
        timed(db, "analyze", "analyze");
    }

    static void timed(Connection db, String what, String sql) throws SQLException {
        long started = System.nanoTime();
        try (Statement s = db.createStatement()) {
            int rows = s.executeUpdate(sql);
            System.out.printf("%-50s %9d rows %7.1f s%n", what, rows, (System.nanoTime() - started) / 1e9);
        }
    }

    static void printCounts(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("select status, sum(members), count(*) from progress_count where insurer_code = 'bench'"
                     + " group by status order by status")) {
            while (r.next()) {
                System.out.printf("  %-16s %9d members in %3d offices%n", r.getString(1), r.getLong(2), r.getInt(3));
            }
        }
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("select (select count(*) from member where insurer_code = 'bench'),"
                     + " (select count(*) from dependent d join member m on m.id = d.member_id where m.insurer_code = 'bench'),"
                     + " (select count(distinct office) from member where insurer_code = 'bench'),"
                     + " (select count(*) from member_progress where insurer_code = 'bench')")) {
            r.next();
            System.out.printf("members %d, dependents %d, offices %d, member_progress rows %d%n", r.getLong(1), r.getLong(2),
                    r.getLong(3), r.getLong(4));
        }
    }

    /** An operator made by the application, turned into the insurer's reviewer, enrolled through the use cases. */
    static String reviewer(Wiring wiring, String url) throws Exception {
        var created = wiring.createOperator(new CreateOperatorCommand(LOGIN, "ベンチ 審査担当"));
        if (!(created instanceof CreateOperatorResult.Created c)) {
            throw new IllegalStateException("operator not created: " + created);
        }
        Matcher token = Pattern.compile("/admin/enrol/([A-Za-z0-9_-]+)").matcher(c.enrolmentLink());
        if (!token.find()) {
            throw new IllegalStateException(c.enrolmentLink());
        }
        try (Connection db = DriverManager.getConnection(url, System.getenv("KENNIN_DB_USER"), System.getenv("KENNIN_DB_PASSWORD"));
             Statement s = db.createStatement()) {
            s.executeUpdate("update staff set role = 'REVIEWER', insurer_code = 'bench' where id = " + c.id().value());
        }
        var page = (ShowStaffEnrolmentResult.Enrolment) wiring.staffIdentity().showEnrolment().showEnrolment(token.group(1));
        var done = wiring.staffIdentity().completeEnrolment().completeEnrolment(new CompleteStaffEnrolmentCommand(token.group(1),
                PASSWORD, PASSWORD, Totp.standard().codeAt(page.totpSecret(), Instant.now()), new ClientAddress("127.0.0.1")));
        System.out.println("reviewer enrolled: " + done.getClass().getSimpleName());
        return page.totpSecret();
    }

    // ---- measure ----

    static void measure(URI base, Path credentials, int requests) throws Exception {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(credentials)) {
            p.load(in);
        }
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10)).build();
        signIn(http, base, p.getProperty("login"), p.getProperty("secret"));
        String deepCursor = System.getenv().getOrDefault("BENCH_DEEP_CURSOR", "");
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("dashboard", "/admin/progress");
        pages.put("queue, first page", "/admin/review");
        pages.put("queue, filtered (見込み 要確認)", "/admin/review?prospect=NEEDS_REVIEW");
        pages.put("queue, filtered (続柄 父母; about 2% of submitted)", "/admin/review?relationship=PARENT");
        pages.put("queue, filtered (続柄 祖父母; matches none)", "/admin/review?relationship=GRANDPARENT");
        pages.put("queue, filtered (office 第150事業所)", "/admin/review?office=" + URLEncoder.encode("第150事業所", StandardCharsets.UTF_8));
        if (!deepCursor.isEmpty()) {
            pages.put("queue, deep page (200,000 rows in)", "/admin/review?after=" + URLEncoder.encode(deepCursor, StandardCharsets.UTF_8));
        }
        pages.put("queue, next page link followed 20 deep", null);
        // A rare combination: the submitted members with a 父母 are walked (member_progress_relationship's range)
        // and the other two filters checked on each. Reported apart; a few requests only.
        pages.put("queue, filtered (要確認 + 父母 + returned before; rare combination)",
                "/admin/review?prospect=NEEDS_REVIEW&relationship=PARENT&returned=yes");
        System.out.printf("%-52s %8s %8s %8s %8s %s%n", "page", "median", "p95", "min", "max", "(ms, " + requests + " requests)");
        for (var page : pages.entrySet()) {
            String path = page.getValue() != null ? page.getValue() : followNext(http, base, "/admin/review", 20);
            // Warm-up: the server JVM has just started, and its first requests run interpreted code.
            for (int i = 0; i < (page.getKey().contains("rare combination") ? 2 : 20); i++) {
                get(http, base, path);
            }
            List<Double> times = new ArrayList<>();
            int bytes = 0;
            int n = page.getKey().contains("rare combination") ? Math.min(requests, 10) : requests;
            for (int i = 0; i < n; i++) {
                long started = System.nanoTime();
                HttpResponse<String> response = get(http, base, path);
                times.add((System.nanoTime() - started) / 1e6);
                bytes = response.body().length();
            }
            Collections.sort(times);
            System.out.printf("%-52s %8.1f %8.1f %8.1f %8.1f (%d chars, n=%d)%n", page.getKey(), times.get(times.size() / 2),
                    times.get((int) Math.ceil(times.size() * 0.95) - 1), times.get(0), times.get(times.size() - 1), bytes, n);
        }
    }

    static String followNext(HttpClient http, URI base, String start, int depth) throws Exception {
        String path = start;
        for (int i = 0; i < depth; i++) {
            String body = get(http, base, path).body();
            Matcher next = Pattern.compile("href=\"([^\"]*)\" rel=\"next\"").matcher(body);
            if (!next.find()) {
                throw new IllegalStateException("no next page after " + path);
            }
            path = next.group(1).replace("&amp;", "&");
        }
        return path;
    }

    static HttpResponse<String> get(HttpClient http, URI base, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response;
    }

    static void signIn(HttpClient http, URI base, String login, String secret) throws Exception {
        String form = get(http, base, "/admin/login").body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        // The enrolment used the current 30-second step; a code is good once, so sign in with the next one.
        long step = Totp.step(Instant.now());
        while (Totp.step(Instant.now()) == step) {
            Thread.sleep(500);
        }
        String body = "login=" + enc(login) + "&password=" + enc(PASSWORD) + "&oneTimeCode="
                + enc(Totp.standard().codeAt(secret, Instant.now())) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> landed = http.send(HttpRequest.newBuilder(base.resolve("/admin/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base.toString().replaceAll("/$", ""))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (!landed.uri().getPath().equals("/admin")) {
            throw new IllegalStateException("sign-in failed: " + landed.statusCode() + " " + landed.uri());
        }
        System.out.println("signed in as " + login + " (password + TOTP) over HTTP");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
