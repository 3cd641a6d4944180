package jp.kenpo.kennin.adapters.persistence.roster;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import org.jooq.exception.DataAccessException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes staged rows as they come, in whatever way the database takes many rows fastest:
 * PostgreSQL's {@code COPY ... FROM STDIN} through the driver's {@link CopyIn}, fed in 64 KB
 * pieces; on H2 a prepared insert executed in batches of 1,000. Either holds only one piece
 * of the file at a time.
 */
abstract class StageWriter {
    abstract void write(Object... values);

    /** Everything written is in the table. */
    abstract void finish();

    /** Stops without storing the rest (the file turned out unreadable); the transaction rolls back. */
    abstract void abort();

    static StageWriter open(Connection connection, boolean postgres, String table, String columns, int columnCount) {
        return postgres ? new Copy(connection, table, columns) : new Batch(connection, table, columns, columnCount);
    }

    /** COPY's text format: tab between columns, {@code \N} for null, backslash escapes. */
    private static final class Copy extends StageWriter {
        private static final int PIECE = 64 * 1024;
        private final CopyIn copy;
        private final StringBuilder text = new StringBuilder(PIECE + 4096);

        Copy(Connection connection, String table, String columns) {
            try {
                copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " (" + columns + ") from stdin");
            } catch (SQLException e) {
                throw new DataAccessException("COPY into " + table, e);
            }
        }

        @Override
        void write(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                appendCopyText(text, values[i]);
            }
            text.append('\n');
            if (text.length() >= PIECE) {
                send();
            }
        }

        private void send() {
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            text.setLength(0);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new DataAccessException("COPY", e);
            }
        }

        @Override
        void finish() {
            send();
            try {
                copy.endCopy();
            } catch (SQLException e) {
                throw new DataAccessException("COPY", e);
            }
        }

        @Override
        void abort() {
            try {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            } catch (SQLException e) {
                // The transaction rolls back anyway; the reason the caller sees is the file's.
            }
        }
    }

    /**
     * One value as COPY's text format writes it: {@code \N} for null; a backslash, tab, line feed
     * or carriage return escaped with a backslash; everything else as it is. Called for every
     * value of every staged row, so numbers and dates are written without making a string first,
     * and text without those four characters (nearly all of it) is appended whole.
     */
    static void appendCopyText(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof String s) {
            appendEscaped(text, s);
        } else if (value instanceof Integer || value instanceof Long) {
            text.append(((Number) value).longValue());
        } else if (value instanceof LocalDate date) {
            appendDate(text, date);
        } else {
            appendEscaped(text, value.toString());
        }
    }

    private static void appendEscaped(StringBuilder text, String s) {
        int first = firstToEscape(s);
        if (first < 0) {
            text.append(s);
            return;
        }
        text.append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }

    /** Where the first character COPY needs escaped is, or -1 when there is none. */
    private static int firstToEscape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // One comparison settles nearly every character: all four sort at or below the backslash.
            if (c <= '\\' && (c == '\\' || c == '\t' || c == '\n' || c == '\r')) {
                return i;
            }
        }
        return -1;
    }

    /** {@link LocalDate#toString()}'s ISO form, digit by digit for four-digit years (all a roster has). */
    private static void appendDate(StringBuilder text, LocalDate date) {
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            text.append(date);
            return;
        }
        text.append(year).append('-');
        appendTwoDigits(text, date.getMonthValue());
        text.append('-');
        appendTwoDigits(text, date.getDayOfMonth());
    }

    private static void appendTwoDigits(StringBuilder text, int n) {
        text.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
    }

    private static final class Batch extends StageWriter {
        private static final int BATCH = 1000;
        private final PreparedStatement insert;
        private int pending;

        Batch(Connection connection, String table, String columns, int columnCount) {
            try {
                insert = connection.prepareStatement("insert into " + table + " (" + columns + ") values ("
                        + "?, ".repeat(columnCount - 1) + "?)");
            } catch (SQLException e) {
                throw new DataAccessException("insert into " + table, e);
            }
        }

        @Override
        void write(Object... values) {
            try {
                for (int i = 0; i < values.length; i++) {
                    insert.setObject(i + 1, values[i]);
                }
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            } catch (SQLException e) {
                throw new DataAccessException("staging a roster row", e);
            }
        }

        @Override
        void finish() {
            try (insert) {
                if (pending > 0) {
                    insert.executeBatch();
                }
            } catch (SQLException e) {
                throw new DataAccessException("staging a roster row", e);
            }
        }

        @Override
        void abort() {
            try {
                insert.close();
            } catch (SQLException e) {
                // as above
            }
        }
    }

}
