package jp.kenpo.kennin.adapters.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.kenpo.kennin.application.mailing.campaign.CsvEncoding;
import jp.kenpo.kennin.application.mailing.campaign.UndeliverableAddress;
import jp.kenpo.kennin.application.mailing.campaign.UndeliverableSheetWriter;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.text.SpreadsheetText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The members to reach by letter as CSV with CRLF lines, in Windows-31J (characters it cannot hold
 * become 〓, as in the result export) or UTF-8 with a byte-order mark. Names, offices and the
 * server's reply came from outside, so every cell is neutralised against spreadsheet formulas.
 */
public final class UndeliverableCsvWriter implements UndeliverableSheetWriter {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm");
    private final List<String> header;

    public UndeliverableCsvWriter() {
        ResourceBundle texts = ResourceBundle.getBundle("i18n.undeliverable", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.header = List.of(texts.getString("header").split(","));
    }

    @Override
    public UndeliverableSheet open(CsvEncoding encoding, OutputStream out) {
        try {
            if (encoding == CsvEncoding.UTF8_BOM) {
                out.write(BOM);
                return new Sheet(null, new OutputStreamWriter(new Unclosed(out), StandardCharsets.UTF_8), header);
            }
            return new Sheet(new Windows31J(), new OutputStreamWriter(new Unclosed(out), Windows31J.strictEncoder()), header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Sheet implements UndeliverableSheet {
        private final Windows31J windows31J;
        private final CSVPrinter printer;

        Sheet(Windows31J windows31J, Writer writer, List<String> header) throws IOException {
            this.windows31J = windows31J;
            this.printer = new CSVPrinter(writer, CSVFormat.EXCEL);
            record(header);
        }

        @Override
        public void write(UndeliverableAddress a) {
            record(List.of(a.symbol(), a.number(), a.name(), a.office(), a.address(), a.reply(),
                    TIME.format(a.since().atZone(SurveyDeadline.TOKYO))));
        }

        private void record(List<String> cells) {
            try {
                printer.printRecord(cells.stream().map(SpreadsheetText::neutralise)
                        .map(c -> windows31J == null ? c : windows31J.fit(c)).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                printer.close(true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
