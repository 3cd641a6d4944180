package jp.kenpo.kennin.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import jp.kenpo.kennin.adapters.crypto.Argon2PasswordHasher;
import jp.kenpo.kennin.application.insurer.OpenSurveyYearUseCase.OpenSurveyYearCommand;
import jp.kenpo.kennin.application.insurer.SetUpInsurerUseCase.SetUpInsurerCommand;
import jp.kenpo.kennin.bootstrap.Wiring;
import jp.kenpo.kennin.bootstrap.config.KenninConfig;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.insurer.InsurerContact;

/**
 * The member site at a million members on PostgreSQL, driven by {@code bench/web.sh} (wrk from
 * outside the server's JVM). Two helpers run here, never the server:
 * <ol>
 * <li>{@code setup <members> <login-accounts> <password>}: the production wiring migrates the database,
 * sets up insurer "bench" (current fiscal year 2026) and opens survey year 2026 through the use
 * cases; SQL generate_series then makes the members, 1.5 dependents per member, accounts for three in
 * four members, responses and submissions for some, three notices and published terms that every
 * account has accepted. The first {@code login-accounts} accounts (user IDs {@code u1}, {@code u2}, …
 * of the members with an account) get one Argon2id hash of {@code password}, made by the application's
 * own hasher (same parameters), reused; the rest a hash that never matches.</li>
 * <li>{@code rawhash <threads> <clients> <warm-seconds> <control-file>}: the raw verification rate of the application's
 * hasher (its bounded pool of {@code threads}, as {@code KENNIN_HASH_THREADS}) from {@code clients}
 * threads: what logins/s over HTTP is compared with.</li>
 * </ol>
 */
public final class WebBench {
    static final String INSURER = "bench";

    private WebBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: WebBench setup <members> <login-accounts> <password> | rawhash <threads> <clients> <warm-seconds> <control-file>");
            System.exit(2);
        }
        switch (args[0]) {
            case "setup" -> setup(Integer.parseInt(args[1]), Integer.parseInt(args[2]), args[3]);
            case "rawhash" -> rawHash(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void setup(int members, int loginAccounts, String password) throws Exception {
        KenninConfig config = KenninConfig.fromEnvironment(System.getenv());
        String url = System.getenv("KENNIN_DB_URL");
        try (Wiring wiring = Wiring.of(config)) {
            var staff = wiring.staffUseCases();
            staff.setUpInsurer().setUpInsurer(new SetUpInsurerCommand(INSURER, "ベンチマーク健康保険組合", "kenpo@bench.example.jp",
                    new InsurerContact("0120-000-000", "平日 9:00～17:00", "help@bench.example.jp", "https://bench.example.jp/faq"),
                    CredentialPolicy.manualDefault(), 2026));
            staff.openSurveyYear().openSurveyYear(new OpenSurveyYearCommand(INSURER, 2026, "令和8年度 被扶養者資格調査",
                    LocalDate.of(2026, 11, 1), LocalDate.of(2027, 1, 31)));
        }
        String hash;
        try (Argon2PasswordHasher hasher = new Argon2PasswordHasher(1)) {
            hash = hasher.hash(password);
        }
        try (Connection db = DriverManager.getConnection(url, System.getenv("KENNIN_DB_USER"), System.getenv("KENNIN_DB_PASSWORD"))) {
            generate(db, members);
            try (PreparedStatement s = db.prepareStatement("""
                    update account set password_hash = ? where id in (select id from account where insurer_code = 'bench'
                    order by id limit ?)""")) {
                s.setString(1, hash);
                s.setInt(2, loginAccounts);
                long started = System.nanoTime();
                int rows = s.executeUpdate();
                System.out.printf("%-50s %9d rows %7.1f s%n", "login accounts (one Argon2id hash reused)", rows,
                        (System.nanoTime() - started) / 1e9);
            }
            ProgressBench.timed(db, "analyze", "analyze");
            try (var s = db.createStatement();
                 var r = s.executeQuery("select (select count(*) from member where insurer_code = 'bench'),"
                         + " (select count(*) from dependent d join member m on m.id = d.member_id where m.insurer_code = 'bench'),"
                         + " (select count(*) from account where insurer_code = 'bench'),"
                         + " (select count(*) from survey_response where insurer_code = 'bench'),"
                         + " (select count(*) from survey_submission where insurer_code = 'bench')")) {
                r.next();
                System.out.printf("members %d, dependents %d, accounts %d, responses %d, submissions %d%n", r.getLong(1),
                        r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5));
            }
        }
    }

    /** Members, dependents, accounts, responses, submissions, notices and terms of insurer "bench", all in SQL. */
    static void generate(Connection db, int members) throws SQLException {
        ProgressBench.timed(db, "members", """
                insert into member (insurer_code, symbol, number, name_written, name_kana, name_kana_key, birth_date, email,
                                    email_key, office, email_set_by_member)
                select 'bench', lpad((1 + (g - 1) / 100000)::text, 2, '0'), ((g - 1) % 100000 + 1)::text,
                       '加入者 ' || g, 'カニュウシャ', 'カニュウシャ', date '1960-01-01' + (g % 15000),
                       'm' || g || '@bench.example.jp', 'm' || g || '@bench.example.jp',
                       '第' || lpad((1 + g % 200)::text, 3, '0') || '事業所', false
                from generate_series(1, {members}) g""".replace("{members}", Integer.toString(members)));
        ProgressBench.timed(db, "dependents (1 each)", """
                insert into dependent (member_id, dependent_number, name_written, name_kana, birth_date, relationship,
                                       relationship_term, sex, cohabitation)
                select id, '1', '被扶養者 ' || id, 'ヒフヨウシャ', date '1965-01-01' + (id % 15000)::int, 'SPOUSE', '妻', 'FEMALE', 'TOGETHER'
                from member where insurer_code = 'bench'""");
        ProgressBench.timed(db, "dependents (a second for every other member)", """
                insert into dependent (member_id, dependent_number, name_written, name_kana, birth_date, relationship,
                                       relationship_term, sex, cohabitation)
                select id, '2', '被扶養者 ' || id, 'ヒフヨウシャ',
                       case when id % 10 = 0 then date '1940-01-01' else date '2005-01-01' end + (id % 3000)::int,
                       case when id % 10 = 0 then 'PARENT' else 'CHILD' end,
                       case when id % 10 = 0 then '実父' else '長男' end, 'MALE', 'TOGETHER'
                from member where insurer_code = 'bench' and id % 2 = 0""");
        ProgressBench.timed(db, "terms of use (version 1)", """
                insert into terms_of_use (insurer_code, version, body, published_at)
                values ('bench', 1, 'ベンチマーク用の利用規約。' || repeat('第1条 本サービスは被扶養者資格調査のために提供されます。', 40),
                        timestamp with time zone '2026-10-01 09:00:00+09')""");
        ProgressBench.timed(db, "notices (3 published, 1 future)", """
                insert into notice (insurer_code, title, body, published_on)
                select 'bench', 'お知らせ ' || g, repeat('被扶養者資格調査についてのお知らせです。', 10),
                       date '2026-10-01' + (g * 20)
                from generate_series(1, 4) g""");
        // Three in four registered (accepted terms version 1); (id / 4) % 10: 0-1 nothing yet, 2-3 answering,
        // 4-7 submitted, 8-9 confirmed.
        ProgressBench.timed(db, "accounts", """
                insert into account (member_id, insurer_code, user_id, user_id_key, password_hash, fiscal_year, created_at,
                                     accepted_terms_version, terms_accepted_at)
                select id, 'bench', 'u' || id, 'u' || id, 'x', 2026, timestamp with time zone '2026-11-01 09:00:00+09', 1,
                       timestamp with time zone '2026-11-01 09:00:00+09'
                from member where insurer_code = 'bench' and id % 4 <> 0""");
        ProgressBench.timed(db, "responses", """
                insert into survey_response (insurer_code, fiscal_year, dependent_id, status, prospect, returned_count)
                select 'bench', 2026, d.id,
                       case (m.id / 4) % 10
                           when 2 then case when d.dependent_number = '1' then 'IN_PROGRESS' else 'NOT_STARTED' end
                           when 3 then 'IN_PROGRESS'
                           when 8 then 'CONFIRMED'
                           when 9 then 'CONFIRMED'
                           else 'SUBMITTED' end,
                       case when (m.id / 4) % 10 between 4 and 9 then
                           case m.id % 7 when 0 then 'DISCONTINUE' when 1 then 'NEEDS_REVIEW' else 'CONTINUE' end end,
                       0
                from member m join dependent d on d.member_id = m.id
                where m.insurer_code = 'bench' and m.id % 4 <> 0 and (m.id / 4) % 10 >= 2""");
        ProgressBench.timed(db, "submissions", """
                insert into survey_submission (receipt_number, insurer_code, fiscal_year, member_id, submitted_at)
                select '2026-' || substr(lpad(id::text, 8, '0'), 1, 4) || '-' || substr(lpad(id::text, 8, '0'), 5, 4), 'bench', 2026, id,
                       timestamp with time zone '2026-11-01 00:00:00+09' + ((id * 7919) % 2592000) * interval '1 second'
                from member where insurer_code = 'bench' and id % 4 <> 0 and (id / 4) % 10 >= 4""");
        ProgressBench.timed(db, "submitted dependents", """
                insert into survey_submission_dependent (receipt_number, dependent_id, ordinal)
                select s.receipt_number, d.id, d.dependent_number::int
                from survey_submission s join dependent d on d.member_id = s.member_id where s.insurer_code = 'bench'""");
        ProgressBench.timed(db, "deadline extensions (1 in 100)", """
                insert into deadline_extension (insurer_code, fiscal_year, member_id, deadline)
                select 'bench', 2026, id, date '2027-02-28'
                from member where insurer_code = 'bench' and id % 100 = 1""");
    }

    /** Verifications per second of the application's hasher, from {@code clients} threads for {@code seconds}. */
    /**
     * Verifies as fast as the pool allows, but only while {@code control} exists: the script
     * alternates windows of raw hashing with windows of logins over HTTP, so both see the same
     * machine (a shared one drifts by a factor of two within minutes), and this JVM stays warm
     * between its windows. Prints "warm" once warmed up, then a line per window; ends when
     * {@code control.stop} appears.
     */
    static void rawHash(int threads, int clients, int warmSeconds, Path control) throws Exception {
        String password = "Bench-pass1";
        Path stop = control.resolveSibling(control.getFileName() + ".stop");
        try (Argon2PasswordHasher hasher = new Argon2PasswordHasher(threads)) {
            String hash = hasher.hash(password);
            // Warm-up by time, not by count: on a busy machine the JIT needs seconds before the hash runs compiled.
            long warmUntil = System.nanoTime() + warmSeconds * 1_000_000_000L;
            while (System.nanoTime() < warmUntil) {
                hasher.verify(password, hash);
            }
            System.out.println("warm");
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            LongAdder ok = new LongAdder();
            LongAdder failed = new LongAdder();
            AtomicBoolean on = new AtomicBoolean();
            AtomicBoolean done = new AtomicBoolean();
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                futures.add(pool.submit(() -> {
                    while (!done.get()) {
                        if (!on.get()) {
                            Thread.sleep(5);
                            continue;
                        }
                        try {
                            if (hasher.verify(password, hash)) {
                                ok.increment();
                            } else {
                                failed.increment();
                            }
                        } catch (RuntimeException busy) {
                            failed.increment();
                        }
                    }
                    return null;
                }));
            }
            long windowStart = 0;
            while (!Files.exists(stop)) {
                boolean wanted = Files.exists(control);
                if (wanted && !on.get()) {
                    ok.reset();
                    failed.reset();
                    windowStart = System.nanoTime();
                    on.set(true);
                } else if (!wanted && on.get()) {
                    on.set(false);
                    double elapsed = (System.nanoTime() - windowStart) / 1e9;
                    System.out.printf("raw Argon2id verify: %.1f/s (%d in %.1f s; pool of %d threads, %d clients, %d failed or refused)%n",
                            ok.sum() / elapsed, ok.sum(), elapsed, threads, clients, failed.sum());
                }
                Thread.sleep(10);
            }
            done.set(true);
            for (Future<?> f : futures) {
                f.get();
            }
            pool.shutdownNow();
        }
    }
}
