package jp.kenpo.kennin.adapters.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.results.ResultDecision;
import jp.kenpo.kennin.application.results.ResultFormat;
import jp.kenpo.kennin.application.results.ResultRow;
import jp.kenpo.kennin.application.results.ResultSheetWriter.ResultSheet;
import jp.kenpo.kennin.domain.review.RemovalReason;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

class ResultExportReadsBackInItsDeclaredEncodingTest {
    private static final List<String> HEADER = List.of("記号", "番号", "被扶養者番号", "氏名", "氏名カナ", "生年月日", "続柄", "判定コード",
            "判定", "資格喪失日", "削除理由コード", "削除理由", "判定者", "承認者", "判定日時");

    private static final ResultRow REMOVED = new ResultRow("01", "0042", "1", "山田 花子", "ヤマダ ハナコ", LocalDate.of(1985, 1, 31),
            "妻", ResultDecision.REMOVED, Optional.of(LocalDate.of(2025, 7, 1)), Optional.of(RemovalReason.EMPLOYED),
            Optional.of("審査 一郎"), Optional.of("承認 二郎"), Optional.of(Instant.parse("2025-07-05T15:30:00Z")));
    private static final ResultRow FORMULA = new ResultRow("01", "0042", "2", "=HYPERLINK(\"http://x\",\"y\")", "＠タロウ",
            LocalDate.of(2010, 4, 1), "-長男", ResultDecision.CONTINUED, Optional.empty(), Optional.empty(),
            Optional.of("+審査"), Optional.empty(), Optional.of(Instant.parse("2025-07-06T00:00:00Z")));
    private static final ResultRow OUTSIDE_WINDOWS_31J = new ResultRow("02", "7", "10", "髙橋 𠮷男", "タカハシ ヨシオ",
            LocalDate.of(1950, 2, 28), "父〜母, \"義\"", ResultDecision.UNDECIDED, Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());
    private static final ResultRow PENDING = new ResultRow("02", "7", "11", "Zoë Ünal", "ゾエ", LocalDate.of(1960, 12, 31),
            "母\n（同居）", ResultDecision.PENDING_APPROVAL, Optional.empty(), Optional.empty(), Optional.of("審査 一郎"),
            Optional.empty(), Optional.of(Instant.parse("2025-07-07T03:04:05Z")));
    private static final List<ResultRow> ROWS = List.of(REMOVED, FORMULA, OUTSIDE_WINDOWS_31J, PENDING);

    /** What every format must hold, cell by cell: neutralised formulas, dates in JST, texts from the bundle. */
    private static final List<List<String>> EXPECTED = List.of(
            List.of("01", "0042", "1", "山田 花子", "ヤマダ ハナコ", "1985/01/31", "妻", "REMOVED", "削除", "2025/07/01", "EMPLOYED", "就職",
                    "審査 一郎", "承認 二郎", "2025/07/06 00:30:00"),
            List.of("01", "0042", "2", "'=HYPERLINK(\"http://x\",\"y\")", "'＠タロウ", "2010/04/01", "'-長男", "CONTINUED", "継続",
                    "", "", "", "'+審査", "", "2025/07/06 09:00:00"),
            List.of("02", "7", "10", "髙橋 𠮷男", "タカハシ ヨシオ", "1950/02/28", "父〜母, \"義\"", "UNDECIDED", "未決定", "", "", "",
                    "", "", ""),
            List.of("02", "7", "11", "Zoë Ünal", "ゾエ", "1960/12/31", "母\n（同居）", "PENDING_APPROVAL", "承認待ち", "", "", "",
                    "審査 一郎", "", "2025/07/07 12:04:05"));

    private record Written(byte[] bytes, long replaced) {
    }

    private static Written export(ReportSheetWriter writer, ResultFormat format, List<ResultRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long replaced;
        try (ResultSheet sheet = writer.open(format, out)) {
            rows.forEach(sheet::write);
            replaced = sheet.cellsWithReplacedCharacters();
        }
        return new Written(out.toByteArray(), replaced);
    }

    private static List<List<String>> parse(String text) throws IOException {
        return CSVFormat.EXCEL.parse(new StringReader(text)).getRecords().stream().map(CSVRecord::toList).toList();
    }

    @Test
    void utf8WithBomKeepsEveryCharacterAndEndsLinesWithCrLf() throws IOException {
        Written written = export(new ReportSheetWriter(), ResultFormat.CSV_UTF8_BOM, ROWS);

        assertThat(Arrays.copyOf(written.bytes(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(written.bytes(), 3, written.bytes().length - 3, StandardCharsets.UTF_8);
        List<List<String>> records = parse(text);
        assertThat(records.get(0)).isEqualTo(HEADER);
        assertThat(records.subList(1, records.size())).isEqualTo(EXPECTED);
        assertThat(written.replaced()).isZero();
        assertThat(lineEnds(text)).containsOnly("\r\n").hasSize(5);
    }

    @Test
    void windows31JDecodesAsWindows31JWithTheMicrosoftFormsAndGetaForWhatItCannotHold() throws IOException {
        Written written = export(new ReportSheetWriter(), ResultFormat.CSV_WINDOWS_31J, ROWS);

        String text = new String(written.bytes(), Windows31J.CHARSET);
        assertThat(text).doesNotContain("?").doesNotStartWith("\uFEFF");
        List<List<String>> records = parse(text);
        assertThat(records.get(0)).isEqualTo(HEADER);
        List<List<String>> expected = new ArrayList<>(EXPECTED);
        expected.set(2, List.of("02", "7", "10", "髙橋 〓男", "タカハシ ヨシオ", "1950/02/28", "父～母, \"義\"", "UNDECIDED", "未決定",
                "", "", "", "", "", ""));
        expected.set(3, EXPECTED.get(3).stream().map(cell -> cell.replace("ë", "〓").replace("Ü", "〓")).toList());
        assertThat(records.subList(1, records.size())).isEqualTo(expected);
        assertThat(written.replaced()).as("𠮷男 and Zoë Ünal").isEqualTo(2);
        assertThat(lineEnds(text)).containsOnly("\r\n").hasSize(5);
        // The bytes are Shift_JIS as Windows writes them: 髙 (an IBM extension) is FB FC.
        assertThat(indexOf(written.bytes(), new byte[] {(byte) 0xFB, (byte) 0xFC})).isPositive();
    }

    @Test
    void xlsxReadsBackCellByCellOnANamedSheet() throws IOException {
        Written written = export(new ReportSheetWriter(), ResultFormat.XLSX, ROWS);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(written.bytes()))) {
            Sheet sheet = workbook.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("判定結果");
            List<List<String>> rows = sheet.read().stream().map(ResultExportReadsBackInItsDeclaredEncodingTest::texts).toList();
            assertThat(rows.get(0)).isEqualTo(HEADER);
            assertThat(rows.subList(1, rows.size())).isEqualTo(EXPECTED);
        }
    }

    @Test
    void xlsxContinuesOnANewSheetWhenOneIsFull() throws IOException {
        List<ResultRow> five = List.of(REMOVED, FORMULA, OUTSIDE_WINDOWS_31J, PENDING, REMOVED);
        Written written = export(new ReportSheetWriter(2), ResultFormat.XLSX, five);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(written.bytes()))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("判定結果", "判定結果 (2)", "判定結果 (3)");
            List<String> numbers = new ArrayList<>();
            for (Sheet sheet : sheets) {
                List<Row> rows = sheet.read();
                assertThat(texts(rows.get(0))).isEqualTo(HEADER);
                rows.stream().skip(1).forEach(r -> numbers.add(texts(r).get(2)));
            }
            assertThat(numbers).containsExactly("1", "2", "10", "11", "1");
        }
    }

    private static List<String> texts(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < HEADER.size(); i++) {
            cells.add(row.getCellAsString(i).orElse(""));
        }
        return cells;
    }

    private static List<String> lineEnds(String text) {
        // Line ends outside quotes: the quoted newline inside 母\n（同居） is a cell's own.
        List<String> ends = new ArrayList<>();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
                ends.add(crlf ? "\r\n" : String.valueOf(c));
                if (crlf) {
                    i++;
                }
            }
        }
        return ends;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
