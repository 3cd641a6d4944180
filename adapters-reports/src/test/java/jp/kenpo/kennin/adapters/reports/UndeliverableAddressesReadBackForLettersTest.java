package jp.kenpo.kennin.adapters.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.kenpo.kennin.application.mailing.campaign.CsvEncoding;
import jp.kenpo.kennin.application.mailing.campaign.UndeliverableAddress;
import jp.kenpo.kennin.application.mailing.campaign.UndeliverableSheetWriter.UndeliverableSheet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class UndeliverableAddressesReadBackForLettersTest {
    private static final UndeliverableAddress REFUSED = new UndeliverableAddress("01", "42", "髙橋 𠮷男", "=大阪支店",
            "taka@example.jp", "550 5.1.1 <taka@example.jp>: user unknown, \"gone\"", Instant.parse("2025-07-05T15:30:00Z"));

    private static byte[] write(CsvEncoding encoding) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (UndeliverableSheet sheet = new UndeliverableCsvWriter().open(encoding, out)) {
            sheet.write(REFUSED);
        }
        return out.toByteArray();
    }

    private static List<List<String>> read(String text) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord r : CSVFormat.EXCEL.parse(new StringReader(text))) {
            rows.add(r.toList());
        }
        return rows;
    }

    @Test
    void windows31JHoldsEveryCellItCanWithCrlfLinesAndNeutralisedFormulas() throws IOException {
        byte[] bytes = write(CsvEncoding.WINDOWS_31J);
        String text = new String(bytes, Charset.forName("Windows-31J"));

        assertThat(text).contains("\r\n");
        assertThat(read(text)).containsExactly(
                List.of("記号", "番号", "氏名", "事業所", "メールアドレス", "メールサーバーの応答", "届かなくなった日時"),
                List.of("01", "42", "髙橋 〓男", "'=大阪支店", "taka@example.jp", "550 5.1.1 <taka@example.jp>: user unknown, \"gone\"",
                        "2025/07/06 00:30"));
    }

    @Test
    void utf8StartsWithAByteOrderMarkAndKeepsEveryCharacter() throws IOException {
        byte[] bytes = write(CsvEncoding.UTF8_BOM);

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = read(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertThat(rows.get(1).get(2)).isEqualTo("髙橋 𠮷男");
    }
}
