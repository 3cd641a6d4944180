package jp.kenpo.kennin.application.mailing.campaign;

import java.io.OutputStream;

/** Writes the undeliverable addresses as CSV (記号, 番号, 氏名, 事業所, address, server reply, since). */
public interface UndeliverableSheetWriter {
    /** Starts the sheet on {@code out} (header written); closing it finishes the file but not {@code out}. */
    UndeliverableSheet open(CsvEncoding encoding, OutputStream out);

    interface UndeliverableSheet extends AutoCloseable {
        void write(UndeliverableAddress row);

        @Override
        void close();
    }
}
