package jp.kenpo.kennin.bootstrap.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import jp.kenpo.kennin.adapters.persistence.Database;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.bootstrap.config.KenninConfig;
import jp.kenpo.kennin.domain.eligibility.Ages;
import jp.kenpo.kennin.domain.staff.StaffRole;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The result export on the production wiring and database: the demo insurer's survey covers
 * dependents aged 18 or more; two decisions are on record (as the review capability stores them);
 * the 管理者 downloads the Windows-31J CSV over HTTP, and it holds exactly the dependents in scope,
 * both decisions with the reviewer's name, and nobody younger; the summary PDF counts the removal;
 * the export is audited with its row count; a reviewer is refused.
 */
class ResultsExportEndToEndTest extends BackOfficeEndToEnd {
    private static final Charset WINDOWS_31J = Charset.forName("Windows-31J");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu/MM/dd");

    @Test
    void theAdministratorDownloadsExactlyTheDependentsInScopeWithTheirDecisions() throws Exception {
        BackOfficeStaff.Enrolled operator = staff.operator("ops.kanri");
        BackOfficeStaff.Enrolled admin = staff.staff(operator, OnboardingSystem.INSURER, "admin.demo", StaffRole.ADMINISTRATOR);
        BackOfficeStaff.Enrolled reviewer = staff.staff(admin, null, "shinsa", StaffRole.REVIEWER);
        String year = query("select current_fiscal_year from insurer where code = 'demo'").get(0).get(0);
        LocalDate reference = LocalDate.parse(query("select reference_date from survey_year where insurer_code = 'demo'"
                + " and fiscal_year = " + year).get(0).get(0));
        List<List<String>> all = query("select d.id, d.birth_date, m.symbol, m.number, d.dependent_number from dependent d"
                + " join member m on m.id = d.member_id where m.insurer_code = 'demo'");
        List<List<String>> inScope = all.stream()
                .filter(d -> !LocalDate.parse(d.get(1)).isAfter(reference) && Ages.ageOn(LocalDate.parse(d.get(1)), reference) >= 18)
                .toList();
        assertThat(inScope).isNotEmpty().hasSizeLessThan(all.size());
        List<String> removed = inScope.get(0);
        List<String> kept = inScope.get(1);
        long reviewerId = reviewer.principal().id().value();
        update("insert into review_decision (insurer_code, fiscal_year, dependent_id, outcome, loss_date, removal_reason,"
                + " decided_by, decided_at, state) values ('demo', " + year + ", " + removed.get(0) + ", 'REMOVE', date '2026-10-31',"
                + " 'MARRIED', " + reviewerId + ", timestamp with time zone '2026-11-20 10:00:00+09', 'FINAL')");
        update("insert into review_decision (insurer_code, fiscal_year, dependent_id, outcome, decided_by, decided_at, state)"
                + " values ('demo', " + year + ", " + kept.get(0) + ", 'CONTINUE', " + reviewerId
                + ", timestamp with time zone '2026-11-21 09:30:00+09', 'FINAL')");

        Browser browser = system.browser();
        staff.signIn(browser, admin);
        HttpResponse<byte[]> csv = browser.download("/admin/results/export?format=CSV_WINDOWS_31J");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv; charset=Windows-31J");
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .contains("_" + year + "%E5%B9%B4%E5%BA%A6.csv"));
        String text = new String(csv.body(), WINDOWS_31J);
        assertThat(text).endsWith("\r\n");
        List<CSVRecord> records = CSVFormat.EXCEL.parse(new StringReader(text)).getRecords();
        assertThat(records.get(0).get(0)).isEqualTo("記号");
        List<CSVRecord> rows = records.subList(1, records.size());
        assertThat(rows.stream().map(r -> r.get(0) + "-" + r.get(1) + "-" + r.get(2)).sorted().toList())
                .isEqualTo(inScope.stream().map(d -> d.get(2) + "-" + d.get(3) + "-" + d.get(4)).sorted().toList());
        for (CSVRecord row : rows) {
            assertThat(Ages.ageOn(LocalDate.parse(row.get(5), DAY), reference)).isGreaterThanOrEqualTo(18);
        }
        CSVRecord removal = row(rows, removed);
        assertThat(List.of(removal.get(7), removal.get(8), removal.get(9), removal.get(10), removal.get(11), removal.get(12),
                removal.get(14))).containsExactly("REMOVED", "削除", "2026/10/31", "MARRIED", "結婚", "担当 shinsa", "2026/11/20 10:00:00");
        CSVRecord continued = row(rows, kept);
        assertThat(List.of(continued.get(7), continued.get(8), continued.get(9), continued.get(12)))
                .containsExactly("CONTINUED", "継続", "", "担当 shinsa");
        assertThat(rows.stream().filter(r -> r.get(7).equals("UNDECIDED")).count()).isEqualTo(rows.size() - 2);
        assertThat(query("select detail from audit_log where action = 'RESULTS_EXPORTED'")).singleElement()
                .satisfies(detail -> assertThat(detail.get(0)).isEqualTo("year=" + year + " format=CSV_WINDOWS_31J rows="
                        + rows.size() + " replacedCells=0"));

        HttpResponse<byte[]> pdf = browser.download("/admin/results/summary.pdf");
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String pdfText = new PDFTextStripper().getText(document);
            assertThat(pdfText).contains("被扶養者資格確認調査 集計報告", "削除理由別の件数（確定分）", "結婚 1");
        }

        Browser other = system.browser();
        staff.signIn(other, reviewer);
        assertThat(other.fetch("/admin/results/export?format=XLSX").statusCode()).isEqualTo(403);
        assertThat(other.fetch("/admin/results").statusCode()).isEqualTo(403);
    }

    private static CSVRecord row(List<CSVRecord> rows, List<String> dependent) {
        return rows.stream().filter(r -> r.get(0).equals(dependent.get(2)) && r.get(1).equals(dependent.get(3))
                && r.get(2).equals(dependent.get(4))).findFirst().orElseThrow();
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection(Database.h2FileUrl(dataDir), Database.EMBEDDED_USER,
                Files.readString(dataDir.resolve(KenninConfig.DB_KEY_FILE)).strip());
    }

    private List<List<String>> query(String sql) throws Exception {
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            List<List<String>> result = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rows.getString(i));
                }
                result.add(row);
            }
            return result;
        }
    }

    private void update(String sql) throws Exception {
        try (Connection db = connect(); PreparedStatement statement = db.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }
}
