package jp.kenpo.kennin.adapters.web.staff.progress;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import jp.kenpo.kennin.application.progress.ExportNonSubmittersUseCase.NonSubmitter;
import jp.kenpo.kennin.domain.progress.ProgressStatus;
import jp.kenpo.kennin.domain.text.SpreadsheetText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The non-submitters of one 事業所 as the HR contact opens it in Excel: UTF-8 with a byte-order
 * mark (without it Excel in Japan reads Shift_JIS), CRLF lines, and every cell neutralised
 * against formulas (names come from the roster, which someone typed).
 */
final class NonSubmittersCsv {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private NonSubmittersCsv() {
    }

    static void write(List<NonSubmitter> members, List<String> header, Function<ProgressStatus, String> statusText,
                      OutputStream out) throws IOException {
        out.write(BOM);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            csv.printRecord(header.stream().map(SpreadsheetText::neutralise).toList());
            for (NonSubmitter m : members) {
                csv.printRecord(List.of(m.symbol(), m.number(), m.nameWritten(), m.nameKana(), statusText.apply(m.status()))
                        .stream().map(SpreadsheetText::neutralise).toList());
            }
        }
    }
}
