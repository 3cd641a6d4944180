package jp.kenpo.kennin.adapters.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.kenpo.kennin.application.results.ResultSummary;
import jp.kenpo.kennin.application.results.SummaryFormat;
import jp.kenpo.kennin.domain.progress.ProgressStatus;
import jp.kenpo.kennin.domain.review.RemovalReason;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class TheBoardsSummaryReadsBackAsCsvAndAsAnA4PdfTest {
    private final ReportSummaryWriter writer = new ReportSummaryWriter();

    private static ResultSummary summary(int offices) {
        List<ResultSummary.Office> list = new ArrayList<>();
        Map<ProgressStatus, Long> totals = new EnumMap<>(ProgressStatus.class);
        for (int i = 1; i <= offices; i++) {
            Map<ProgressStatus, Long> counts = new EnumMap<>(ProgressStatus.class);
            counts.put(ProgressStatus.SUBMITTED, (long) i);
            counts.put(ProgressStatus.CONFIRMED, 1000L);
            list.add(new ResultSummary.Office(String.format("第%03d営業所", i), counts));
            counts.forEach((s, c) -> totals.merge(s, c, Long::sum));
        }
        list.add(0, new ResultSummary.Office("=株式会社サンプル 大阪本社 経理部 第二課 とても長い事業所名の例", Map.of(ProgressStatus.RETURNED, 2L)));
        totals.merge(ProgressStatus.RETURNED, 2L, Long::sum);
        return new ResultSummary("オムロン健康保険組合", 2025, "令和7年度 被扶養者資格確認調査", Instant.parse("2025-09-01T00:30:00Z"),
                totals, Map.of(RemovalReason.MARRIED, 3L, RemovalReason.EMPLOYED, 1L), list);
    }

    private byte[] write(SummaryFormat format, ResultSummary summary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(format, summary, out);
        return out.toByteArray();
    }

    @Test
    void thePdfIsA4WithItsJapaneseFontEmbeddedAndTheFiguresInIt() throws IOException {
        byte[] pdf = write(SummaryFormat.PDF, summary(3));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).contains("BIZUDGothic");
                assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2()).isNotNull();
            });
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("被扶養者資格確認調査 集計報告", "オムロン健康保険組合", "2025年度", "令和7年度 被扶養者資格確認調査",
                    "作成日時 2025年9月1日 09:30", "状況別の加入者数", "差し戻し中", "削除理由別の件数（確定分）", "結婚", "就職",
                    "事業所別の加入者数", "第001営業所", "第003営業所", "1 / 1 ページ", "3,000");
        }
        // Subset: the whole 4.6 MB font is not copied into every report.
        assertThat(pdf.length).isLessThan(400_000);
    }

    @Test
    void manyOfficesContinueOnNewPagesWithTheHeaderRepeatedAndEveryPageNumbered() throws IOException {
        byte[] pdf = write(SummaryFormat.PDF, summary(150));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(3);
            for (int p = 1; p <= pages; p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(document);
                assertThat(text).contains(p + " / " + pages + " ページ", "オムロン健康保険組合");
                if (p > 1) {
                    assertThat(text).contains("事業所（続き）");
                }
            }
            String all = new PDFTextStripper().getText(document);
            for (int i = 1; i <= 150; i++) {
                assertThat(all).contains(String.format("第%03d営業所", i));
            }
            // The long name is cut to its column, not run over the counts.
            assertThat(all).contains("=株式会社サンプル").contains("…").doesNotContain("とても長い事業所名の例");
        }
    }

    @Test
    void theCsvHasTheOfficeTableWithTotalsAndTheReasonsInUtf8WithBom() throws IOException {
        byte[] csv = write(SummaryFormat.CSV, summary(2));

        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n").doesNotContain("\r\r");
        List<List<String>> records = CSVFormat.EXCEL.parse(new StringReader(text)).getRecords().stream()
                .map(CSVRecord::toList).toList();
        assertThat(records.get(0)).containsExactly("被扶養者資格確認調査 集計報告");
        assertThat(records.get(1)).containsExactly("オムロン健康保険組合", "2025年度　令和7年度 被扶養者資格確認調査");
        assertThat(records.get(2)).containsExactly("作成日時 2025年9月1日 09:30");
        assertThat(records.get(4)).containsExactly("事業所", "未登録", "登録済", "回答中", "提出済", "差し戻し中", "確認完了", "削除決定",
                "対象外", "合計");
        assertThat(records.get(5)).containsExactly("'=株式会社サンプル 大阪本社 経理部 第二課 とても長い事業所名の例", "0", "0", "0", "0", "2",
                "0", "0", "0", "2");
        assertThat(records.get(6)).containsExactly("第001営業所", "0", "0", "0", "1", "0", "1000", "0", "0", "1001");
        assertThat(records.get(8)).containsExactly("合計", "0", "0", "0", "3", "2", "2000", "0", "0", "2005");
        assertThat(records.get(10)).containsExactly("削除理由", "件数");
        assertThat(records.get(11)).containsExactly("就職", "1");
        assertThat(records.get(13)).containsExactly("結婚", "3");
        assertThat(records.get(records.size() - 1)).containsExactly("合計", "4");
    }
}
