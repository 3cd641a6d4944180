package jp.kenpo.kennin.application.mailing.campaign;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** For tests: one line per address (symbol, number, name, encoding), to see what went to the target. Not CSV. */
public final class TabSeparatedSheets implements UndeliverableSheetWriter {
    @Override
    public UndeliverableSheet open(CsvEncoding encoding, OutputStream out) {
        return new UndeliverableSheet() {
            @Override
            public void write(UndeliverableAddress row) {
                try {
                    out.write((row.symbol() + "\t" + row.number() + "\t" + row.name() + "\t" + encoding + "\n")
                            .getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() {
            }
        };
    }
}
