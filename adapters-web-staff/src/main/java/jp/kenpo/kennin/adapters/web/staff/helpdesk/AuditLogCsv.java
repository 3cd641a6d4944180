package jp.kenpo.kennin.adapters.web.staff.helpdesk;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import jp.kenpo.kennin.application.helpdesk.SearchAuditLogPort.AuditLine;
import jp.kenpo.kennin.domain.audit.AuditEvent;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.text.SpreadsheetText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The audit log as a CSV file staff open in Excel: UTF-8 with a byte-order mark (without it Excel
 * in Japan reads the file as Shift_JIS and garbles every Japanese cell), CRLF lines, times in JST,
 * and every cell passed through {@link SpreadsheetText#neutralise}: a detail line is partly what
 * members and staff typed, and a cell starting with = would run as a formula.
 */
final class AuditLogCsv {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private AuditLogCsv() {
    }

    static void write(List<AuditLine> lines, List<String> header, OutputStream out) throws IOException {
        out.write(BOM);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            csv.printRecord(header.stream().map(SpreadsheetText::neutralise).toList());
            for (AuditLine line : lines) {
                AuditEvent e = line.event();
                csv.printRecord(List.of(Long.toString(line.id()), TIME.format(e.at().atZone(SurveyDeadline.TOKYO)),
                        e.action().name(), e.staffId().map(String::valueOf).orElse(""),
                        e.memberId().map(String::valueOf).orElse(""), e.accountId().map(String::valueOf).orElse(""),
                        e.clientAddress(), e.detail()).stream().map(SpreadsheetText::neutralise).toList());
            }
        }
    }
}
