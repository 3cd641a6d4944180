package jp.kenpo.kennin.adapters.web.staff.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.kit.TrustedProxies;
import jp.kenpo.kennin.adapters.web.staff.StaffSiteFixture;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.application.results.ExportResultSummaryUseCase.ExportResultSummaryResult;
import jp.kenpo.kennin.application.results.ExportResultsUseCase.ExportResultsResult;
import jp.kenpo.kennin.application.results.ResultSummary;
import jp.kenpo.kennin.application.results.ShowResultSummaryUseCase.ShowResultSummaryResult;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.progress.ProgressStatus;
import jp.kenpo.kennin.domain.review.RemovalReason;
import jp.kenpo.kennin.domain.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The results page and its downloads over real HTTP, with use cases that write known bytes. */
class ResultsPagesTest {
    private static final Charset WINDOWS_31J = Charset.forName("Windows-31J");
    private static final String CSV = "記号,番号,氏名\r\n01,1,髙橋 〓男\r\n";

    private final List<String> calls = new ArrayList<>();
    private boolean yearMissing;
    private final ResultSummary summary = new ResultSummary("オムロン健康保険組合", 2025, "令和7年度 被扶養者資格確認調査",
            Instant.parse("2025-09-01T00:30:00Z"), Map.of(ProgressStatus.SUBMITTED, 1234L),
            Map.of(RemovalReason.MARRIED, 3L),
            List.of(new ResultSummary.Office("<b>大阪支店</b>", Map.of(ProgressStatus.SUBMITTED, 1234L))));
    private final ResultsUseCases useCases = new ResultsUseCases(
            command -> {
                calls.add("export " + command.format() + " " + who(command.staff()));
                if (yearMissing) {
                    return new ExportResultsResult.NoSurveyYear(2025);
                }
                write(command.target().open(2025), switch (command.format()) {
                    case CSV_WINDOWS_31J -> CSV.getBytes(WINDOWS_31J);
                    case CSV_UTF8_BOM -> ("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_8);
                    case XLSX -> new byte[] {'P', 'K', 3, 4};
                });
                return new ExportResultsResult.Exported(2025, 1, 1);
            },
            staff -> {
                calls.add("summary " + who(staff));
                return yearMissing ? new ShowResultSummaryResult.NoSurveyYear(2025) : new ShowResultSummaryResult.Shown(summary);
            },
            command -> {
                calls.add("summary " + command.format() + " " + who(command.staff()));
                write(command.target().open(2025), command.format().name().equals("PDF") ? "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)
                        : "a,b\r\n".getBytes(StandardCharsets.UTF_8));
                return new ExportResultSummaryResult.Exported(2025);
            });
    private final StaffSiteFixture site = StaffSiteFixture.start(List.of(new ResultsPages(useCases,
            new ClientAddresses(TrustedProxies.none()))));

    private static String who(SignedInStaff staff) {
        return staff.role() + "@" + staff.insurerCode().value();
    }

    private static void write(java.io.OutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private Browser signedIn(StaffRole role) {
        Browser browser = site.browser();
        site.signIn(browser, StaffSiteFixture.staff(role, "omron"));
        return browser;
    }

    @Test
    void anAdministratorSeesTheSummaryAsATableWithEveryDownload() {
        Browser admin = signedIn(StaffRole.ADMINISTRATOR);

        HttpResponse<String> page = admin.open("/admin/results");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("結果の出力", "オムロン健康保険組合", "2025年度", "令和7年度 被扶養者資格確認調査",
                "2025/09/01 09:30", "提出済", "1,234", "結婚", "&lt;b&gt;大阪支店&lt;/b&gt;",
                "href=\"/admin/results/export?format=CSV_WINDOWS_31J\"", "href=\"/admin/results/export?format=CSV_UTF8_BOM\"",
                "href=\"/admin/results/export?format=XLSX\"", "href=\"/admin/results/summary.pdf\"",
                "href=\"/admin/results/summary.csv\"").doesNotContain("<b>大阪支店");
        assertThat(calls).containsExactly("summary ADMINISTRATOR@omron");
        assertThat(admin.open("/admin").body()).contains("href=\"/admin/results\"");
    }

    @Test
    void theWindows31JExportIsAnAttachmentDeclaringItsCharsetAndItsBytesPassUnchanged() {
        Browser admin = signedIn(StaffRole.ADMINISTRATOR);

        HttpResponse<byte[]> csv = admin.download("/admin/results/export?format=CSV_WINDOWS_31J");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv; charset=Windows-31J");
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("attachment;").contains("filename*=UTF-8''%E5%88%A4%E5%AE%9A%E7%B5%90%E6%9E%9C_2025%E5%B9%B4%E5%BA%A6.csv"));
        assertThat(csv.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(csv.body()).isEqualTo(CSV.getBytes(WINDOWS_31J));
        assertThat(new String(csv.body(), WINDOWS_31J)).isEqualTo(CSV);
        assertThat(calls).containsExactly("export CSV_WINDOWS_31J ADMINISTRATOR@omron");
    }

    @Test
    void utf8XlsxAndTheSummaryFilesDeclareTheirTypes() {
        Browser admin = signedIn(StaffRole.ADMINISTRATOR);

        HttpResponse<byte[]> utf8 = admin.download("/admin/results/export?format=CSV_UTF8_BOM");
        assertThat(utf8.headers().firstValue("Content-Type")).hasValue("text/csv; charset=UTF-8");
        assertThat(new String(utf8.body(), StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + CSV);
        HttpResponse<byte[]> xlsx = admin.download("/admin/results/export?format=XLSX");
        assertThat(xlsx.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains(".xlsx"));
        HttpResponse<byte[]> pdf = admin.download("/admin/results/summary.pdf");
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), StandardCharsets.US_ASCII)).startsWith("%PDF");
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .contains("filename*=UTF-8''%E9%9B%86%E8%A8%88%E5%A0%B1%E5%91%8A_2025%E5%B9%B4%E5%BA%A6.pdf"));
        HttpResponse<byte[]> summaryCsv = admin.download("/admin/results/summary.csv");
        assertThat(summaryCsv.headers().firstValue("Content-Type")).hasValue("text/csv; charset=UTF-8");
        assertThat(calls).containsExactly("export CSV_UTF8_BOM ADMINISTRATOR@omron", "export XLSX ADMINISTRATOR@omron",
                "summary PDF ADMINISTRATOR@omron", "summary CSV ADMINISTRATOR@omron");
    }

    @Test
    void anUnknownOrMissingFormatGoesBackToThePageAndExportsNothing() {
        Browser admin = signedIn(StaffRole.ADMINISTRATOR);

        for (String path : List.of("/admin/results/export?format=PDF", "/admin/results/export")) {
            HttpResponse<String> response = admin.fetch(path);
            assertThat(response.statusCode()).isEqualTo(303);
            assertThat(response.headers().firstValue("Location")).hasValue("/admin/results");
        }
        assertThat(calls).isEmpty();
    }

    @Test
    void withoutASurveyYearTheDownloadGoesBackToThePageWithTheReason() {
        yearMissing = true;
        Browser admin = signedIn(StaffRole.ADMINISTRATOR);

        HttpResponse<String> response = admin.fetch("/admin/results/export?format=XLSX");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/admin/results");
        assertThat(response.headers().firstValue("Content-Disposition")).isEmpty();
        assertThat(admin.open("/admin/results").body()).contains("2025年度の調査がまだ設定されていない");
    }

    @Test
    void rolesWithoutTheExportPermissionAreRefusedEveryResultsRoute() {
        for (StaffRole role : List.of(StaffRole.REVIEWER, StaffRole.HELP_DESK, StaffRole.EMPLOYER_CONTACT)) {
            Browser browser = signedIn(role);
            for (String path : List.of("/admin/results", "/admin/results/export?format=CSV_WINDOWS_31J",
                    "/admin/results/summary.csv", "/admin/results/summary.pdf")) {
                assertThat(browser.fetch(path).statusCode()).as(role + " " + path).isEqualTo(403);
            }
            assertThat(browser.open("/admin").body()).doesNotContain("/admin/results");
        }
        assertThat(site.browser().fetch("/admin/results/export?format=XLSX").statusCode()).isIn(302, 303);
        assertThat(calls).isEmpty();
    }
}
