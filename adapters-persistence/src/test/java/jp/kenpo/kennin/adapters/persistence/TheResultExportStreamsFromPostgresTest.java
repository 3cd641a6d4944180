package jp.kenpo.kennin.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL's driver hands rows over by cursor only inside a transaction with a fetch size;
 * otherwise it reads the whole result into memory before the first row. 200,000 dependents are
 * read here by a JVM whose whole heap is 64 MB: without the cursor it runs out of memory.
 */
class TheResultExportStreamsFromPostgresTest {
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final int MEMBERS = 100_000;
    private final String name = "kennin_stream_" + UUID.randomUUID().toString().replace("-", "");
    private boolean created;

    @Test
    void twoHundredThousandRowsStreamThroughASmallHeap() throws Exception {
        assumeFalse(Boolean.getBoolean("kennin.skipPostgres"), "kennin.skipPostgres=true");
        administer("create database " + name);
        created = true;
        String url = SERVER + name;
        InsurerCode insurer = new InsurerCode("stream");
        try (Database database = Database.connect(url, "postgres", "")) {
            database.insurers().saveInsurer(Fixtures.insurer(insurer));
            Fixtures.openSurveyYears(database, insurer, 2025);
        }
        try (Connection db = DriverManager.getConnection(url, "postgres", ""); Statement sql = db.createStatement()) {
            sql.execute("insert into member (insurer_code, symbol, number, name_written, name_kana, name_kana_key, birth_date,"
                    + " email, email_key, office, email_set_by_member) select 'stream', '01', g::text, '山田 ' || g || '郎',"
                    + " 'ヤマダ タロウ', 'ヤマダタロウ', date '1970-01-01', 'm' || g || '@example.jp', 'm' || g || '@example.jp',"
                    + " '本社', false from generate_series(1, " + MEMBERS + ") g");
            sql.execute("insert into dependent (member_id, dependent_number, name_written, name_kana, birth_date, relationship,"
                    + " relationship_term, sex, cohabitation) select m.id, n::text, '山田 ' || m.number || '-' || n || '子',"
                    + " 'ヤマダ ハナコ', date '2000-01-01', 'CHILD', '長女', 'FEMALE', 'TOGETHER'"
                    + " from member m cross join generate_series(1, 2) n where m.insurer_code = 'stream'");
        }

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-Xmx64m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), ResultExportProbe.class.getName(), url, "postgres", "stream", "2025"))
                .redirectErrorStream(true).start();
        boolean ended = process.waitFor(5, TimeUnit.MINUTES);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!ended) {
            process.destroyForcibly();
        }
        assertThat(ended).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output.lines().filter(l -> l.matches("[0-9]+ [0-9]+")).toList()).containsExactly(
                (2 * MEMBERS) + " " + (2 * MEMBERS));
    }

    @AfterEach
    void drop() throws SQLException {
        if (created) {
            administer("drop database if exists " + name + " with (force)");
        }
    }

    private static void administer(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }
}
