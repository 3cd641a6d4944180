package jp.kenpo.kennin.adapters.csv;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import jp.kenpo.kennin.application.roster.RosterRow;

/**
 * Reads a roster CSV as staff export it, usually from Excel: a header row of Japanese column
 * names in any order (other columns are ignored), then one member or dependent per row, as the
 * {@link RosterLayout} says. Cells are
 * trimmed of surrounding spaces of either width and otherwise passed on as written; the
 * domain normalises and validates them.
 *
 * <p>A UTF-8 byte-order mark wins over the requested encoding (Excel's "CSV UTF-8" writes one);
 * otherwise the caller's encoding is used strictly: a byte that does not decode is reported
 * with its line, because silently replacing it would store a wrong name.
 */
public final class RosterCsvReader {
    /** What Excel saves in Japan; Java's own "Shift_JIS" lacks ①, 髙, 﨑 and the like, so its names mean this one too. */
    public static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    private static final Set<String> WINDOWS_31J_NAMES = Set.of("WINDOWS-31J", "SHIFT_JIS", "SHIFT-JIS", "SJIS", "MS932", "CP932");
    private static final Set<String> UTF_8_NAMES = Set.of("UTF-8", "UTF8");
    private static final byte[] UTF_8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

    /** The encodings a roster may be given in, by any of their usual names. */
    public static Optional<Charset> encodingNamed(String name) {
        String key = name.strip().toUpperCase(Locale.ROOT);
        if (UTF_8_NAMES.contains(key)) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        return WINDOWS_31J_NAMES.contains(key) ? Optional.of(WINDOWS_31J) : Optional.empty();
    }

    /** A member roster. */
    public List<RosterRow> read(Path file, Charset encoding) throws RosterFileException {
        return read(file, encoding, RosterLayout.MEMBERS);
    }

    /** The whole file as a list: for small files (a survey's pre-screened list); rosters are streamed with {@link #open}. */
    public <R> List<R> read(Path file, Charset encoding, RosterLayout<R> layout) throws RosterFileException {
        try (RosterCsvFile<R> rows = open(file, encoding, layout)) {
            return rows.toList();
        }
    }

    /** A member roster. */
    public List<RosterRow> read(byte[] content, Charset encoding) throws RosterFileException {
        return read(content, encoding, RosterLayout.MEMBERS);
    }

    public <R> List<R> read(byte[] content, Charset encoding, RosterLayout<R> layout) throws RosterFileException {
        try (RosterCsvFile<R> rows = open(content, encoding, layout)) {
            return rows.toList();
        }
    }

    /**
     * Opens the file and reads its header (refusing a file without the layout's columns at once);
     * the rows then stream through {@link RosterCsvFile#forEachRow}, one at a time, so a file of
     * any size is read in the memory of one row. Close it when done.
     */
    public <R> RosterCsvFile<R> open(Path file, Charset encoding, RosterLayout<R> layout) throws RosterFileException {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            throw new RosterFileException("roster.error.io", file, e.getMessage());
        }
        return open(in, encoding, layout);
    }

    /** The same from an upload already in memory. */
    public <R> RosterCsvFile<R> open(byte[] content, Charset encoding, RosterLayout<R> layout) throws RosterFileException {
        return open(new ByteArrayInputStream(content), encoding, layout);
    }

    private static <R> RosterCsvFile<R> open(InputStream raw, Charset encoding, RosterLayout<R> layout) throws RosterFileException {
        try {
            BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
            in.mark(UTF_8_BOM.length);
            byte[] start = in.readNBytes(UTF_8_BOM.length);
            Charset charset = encoding;
            if (Arrays.equals(start, UTF_8_BOM)) {
                charset = StandardCharsets.UTF_8;
            } else {
                in.reset();
            }
            CharsetDecoder decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            LineCountingReader text = new LineCountingReader(new StrictDecodingReader(in, decoder));
            return RosterCsvFile.open(CSVParser.parse(text, FORMAT), text, charset, layout, raw);
        } catch (IOException e) {
            closeQuietly(raw);
            throw new RosterFileException("roster.error.io", "", e.getMessage());
        }
    }

    static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // only read from
        }
    }

    /**
     * commons-csv tells the line a record ends on; a quoted cell may span lines, so the line
     * staff see the row start on is that minus the line breaks inside its cells.
     */
    static int firstLineOf(CSVRecord record, long lastLine) {
        // A plain loop, not record.stream(): this runs for every row of a file of a million.
        long inside = 0;
        for (int i = 0; i < record.size(); i++) {
            String cell = record.get(i);
            // indexOf is vectorised; almost no cell has a line break to count.
            if (cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                inside += lineBreaks(cell);
            }
        }
        return Math.toIntExact(lastLine - inside);
    }

    /** Counts CR LF as one break, like commons-csv does. */
    static long lineBreaks(CharSequence s) {
        long breaks = 0;
        int length = s.length();
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == length || s.charAt(i + 1) != '\n'))) {
                breaks++;
            }
        }
        return breaks;
    }

    /** Trims ASCII, full-width (U+3000) and no-break spaces, which Excel users type or paste around values. */
    static String trim(String cell) {
        int length = cell.length();
        int start = 0;
        int end = length;
        while (start < end && isSpace(cell.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(cell.charAt(end - 1))) {
            end--;
        }
        // Most cells have nothing around them: hand back the cell itself rather than a copy.
        return start == 0 && end == length ? cell : cell.substring(start, end);
    }

    /** Whether the cell is empty once trimmed, without making the trimmed copy. */
    static boolean isBlank(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            if (!isSpace(cell.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isSpace(char c) {
        // Printable ASCII and everything after U+3000 (kana, kanji, full-width forms) are no
        // spaces; answering those at once keeps the Unicode tables out of the per-cell path.
        if ((c > ' ' && c < 0x7F) || c > '\u3000') {
            return false;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Where each known column is in this file. */
    record Columns<R>(Map<String, Integer> index, RosterLayout<R> layout) {
        static <R> Columns<R> of(CSVRecord header, RosterLayout<R> layout) throws RosterFileException {
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String name = trim(header.get(i));
                if (layout.isKnown(name) && index.containsKey(name)) {
                    throw new RosterFileException("roster.error.duplicateHeader", name);
                }
                index.putIfAbsent(name, i);
            }
            List<String> missing = layout.required().stream().filter(name -> !index.containsKey(name)).toList();
            if (!missing.isEmpty()) {
                throw new RosterFileException("roster.error.missingHeaders", String.join("、", missing));
            }
            return new Columns<>(index, layout);
        }

        R row(CSVRecord record, int line) {
            return layout.rows().row(line, column -> cell(record, column));
        }

        // Excel writes a row of empty cells for every formatted but unused line.
        boolean allBlank(CSVRecord record) {
            for (int i = 0; i < record.size(); i++) {
                if (!isBlank(record.get(i))) {
                    return false;
                }
            }
            return true;
        }

        private String cell(CSVRecord record, String column) {
            Integer i = index.get(column);
            return i == null || i >= record.size() ? "" : trim(record.get(i));
        }
    }
}
