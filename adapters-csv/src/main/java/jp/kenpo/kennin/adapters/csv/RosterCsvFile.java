package jp.kenpo.kennin.adapters.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import jp.kenpo.kennin.application.roster.RosterRows;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An open roster file whose header has been read: its rows stream by once, in file order, each
 * made when the parser reaches it. A byte that does not decode or broken quoting further down
 * stops the stream with {@link RosterFileException.Unreadable}, carrying the line, so the import
 * that reads it rolls back.
 */
public final class RosterCsvFile<R> implements RosterRows<R>, AutoCloseable {
    private final CSVParser parser;
    private final LineCountingReader text;
    private final Charset charset;
    private final RosterCsvReader.Columns<R> columns;
    private final Closeable source;
    private final Iterator<CSVRecord> records;
    private long lastLine;
    private boolean read;

    private RosterCsvFile(CSVParser parser, LineCountingReader text, Charset charset, RosterCsvReader.Columns<R> columns,
                          Closeable source, Iterator<CSVRecord> records, long lastLine) {
        this.parser = parser;
        this.text = text;
        this.charset = charset;
        this.columns = columns;
        this.source = source;
        this.records = records;
        this.lastLine = lastLine;
    }

    static <R> RosterCsvFile<R> open(CSVParser parser, LineCountingReader text, Charset charset, RosterLayout<R> layout,
                                     Closeable source) throws RosterFileException {
        try {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new RosterFileException("roster.error.empty");
            }
            RosterCsvReader.Columns<R> columns = RosterCsvReader.Columns.of(records.next(), layout);
            text.rowEnded();
            return new RosterCsvFile<>(parser, text, charset, columns, source, records, parser.getCurrentLineNumber());
        } catch (UncheckedIOException e) {
            RosterCsvReader.closeQuietly(source);
            throw unreadable(e, text, charset, 0).problem();
        } catch (RosterFileException e) {
            RosterCsvReader.closeQuietly(source);
            throw e;
        }
    }

    /**
     * Hands each data row (rows of blank cells skipped) to {@code row}, once.
     *
     * @throws RosterFileException.Unreadable when the file cannot be read on
     */
    @Override
    public void forEachRow(Consumer<? super R> row) {
        if (read) {
            throw new IllegalStateException("a roster file streams once");
        }
        read = true;
        try {
            while (records.hasNext()) {
                CSVRecord record = records.next();
                text.rowEnded();
                lastLine = parser.getCurrentLineNumber();
                if (!columns.allBlank(record)) {
                    row.accept(columns.row(record, RosterCsvReader.firstLineOf(record, lastLine)));
                }
            }
        } catch (UncheckedIOException e) {
            throw unreadable(e, text, charset, lastLine);
        }
    }

    /** Every row in memory (small files only). */
    List<R> toList() throws RosterFileException {
        List<R> rows = new ArrayList<>();
        try {
            forEachRow(rows::add);
        } catch (RosterFileException.Unreadable e) {
            throw e.problem();
        }
        return rows;
    }

    private static RosterFileException.Unreadable unreadable(UncheckedIOException e, LineCountingReader text, Charset charset,
                                                             long lastLine) {
        IOException cause = e.getCause();
        if (cause instanceof CharacterCodingException) {
            return new RosterFileException.Unreadable(new RosterFileException("roster.error.malformedBytes",
                    String.valueOf(text.currentLine()), charset.name()));
        }
        return new RosterFileException.Unreadable(new RosterFileException("roster.error.malformedCsv", String.valueOf(lastLine + 1),
                cause.getMessage()));
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // only read from
        }
        RosterCsvReader.closeQuietly(source);
    }
}
