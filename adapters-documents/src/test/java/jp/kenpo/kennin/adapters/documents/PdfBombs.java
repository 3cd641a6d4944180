package jp.kenpo.kennin.adapters.documents;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;

/**
 * Valid PDFs, written byte by byte, whose compressed streams expand about a thousandfold: about
 * 1 MB on disk, 1 GiB once inflated (Flate's own limit is about 1:1032). Each puts the bomb where
 * a reader meets it: the cross-reference stream and object streams are inflated while the file is
 * opened, a page's content stream when the page is shown.
 */
final class PdfBombs {
    static final long GIB = 1024L * 1024 * 1024;
    /** Deflating a gibibyte takes seconds: each is made once per test JVM. */
    private static final Map<String, byte[]> MADE = new ConcurrentHashMap<>();

    private PdfBombs() {
    }

    /** One page whose content stream inflates to {@code zeros} zero bytes, with a classic cross-reference table. */
    static byte[] contentStream(long zeros) {
        Writer pdf = new Writer();
        pdf.object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        pdf.object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>");
        pdf.stream(4, "/Filter /FlateDecode", deflate(new byte[0], zeros));
        return pdf.withXrefTable(1);
    }

    /** Catalog, pages and page inside an object stream that goes on as {@code zeros} zero bytes after them. */
    static byte[] objectStream(long zeros) {
        String[] objects = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"};
        Writer pdf = new Writer();
        pdf.objectStream(4, objects, zeros);
        return pdf.withXrefStream(5, 1, 4, objects.length, -1);
    }

    /** Plain objects, but the cross-reference stream that finds them goes on as {@code zeros} zero bytes. */
    static byte[] xrefStream(long zeros) {
        Writer pdf = new Writer();
        pdf.object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        pdf.object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
        return pdf.withXrefStream(4, 1, 0, 0, zeros);
    }

    /**
     * A valid one-page PDF with {@code count} more objects (empty dictionaries) in one object stream,
     * listed in a compressed cross-reference stream: small on disk, each object a Java object in memory.
     */
    static byte[] manyObjects(int count) {
        String[] objects = new String[3 + count];
        objects[0] = "<< /Type /Catalog /Pages 2 0 R >>";
        objects[1] = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>";
        objects[2] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>";
        for (int i = 3; i < objects.length; i++) {
            objects[i] = "<<>>";
        }
        Writer pdf = new Writer();
        int stream = objects.length + 1;
        pdf.objectStream(stream, objects, 0);
        return pdf.withXrefStream(stream + 1, 1, stream, objects.length, 0);
    }

    /** Flate data of {@code prefix} followed by {@code zeros} zero bytes, made in chunks, never whole; kept for the next test. */
    static byte[] deflate(byte[] prefix, long zeros) {
        return MADE.computeIfAbsent(Arrays.hashCode(prefix) + ":" + prefix.length + "+" + zeros, key -> deflateNow(prefix, zeros));
    }

    private static byte[] deflateNow(byte[] prefix, long zeros) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        byte[] chunk = new byte[1024 * 1024];
        deflater.setInput(prefix);
        drain(deflater, buffer, out);
        for (long left = zeros; left > 0; left -= chunk.length) {
            deflater.setInput(chunk, 0, (int) Math.min(chunk.length, left));
            drain(deflater, buffer, out);
        }
        deflater.finish();
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static void drain(Deflater deflater, byte[] buffer, ByteArrayOutputStream out) {
        while (!deflater.needsInput()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** Writes numbered objects and remembers where each starts, for the cross-reference section. */
    private static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final List<long[]> offsets = new ArrayList<>();

        Writer() {
            out.writeBytes("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
        }

        void object(int number, String body) {
            offsets.add(new long[] {number, out.size()});
            out.writeBytes(ascii(number + " 0 obj\n" + body + "\nendobj\n"));
        }

        void stream(int number, String dictionary, byte[] data) {
            offsets.add(new long[] {number, out.size()});
            out.writeBytes(ascii(number + " 0 obj\n<< " + dictionary + " /Length " + data.length + " >>\nstream\n"));
            out.writeBytes(data);
            out.writeBytes(ascii("\nendstream\nendobj\n"));
        }

        /** Objects 1..n in one object stream, its data followed by {@code zeros} zero bytes, all deflated. */
        void objectStream(int number, String[] objects, long zeros) {
            StringBuilder header = new StringBuilder();
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < objects.length; i++) {
                header.append(i + 1).append(' ').append(body.length()).append(' ');
                body.append(objects[i]).append('\n');
            }
            byte[] content = ascii(header + "\n" + body);
            stream(number, "/Type /ObjStm /N " + objects.length + " /First " + (header.length() + 1) + " /Filter /FlateDecode",
                    deflate(content, zeros));
        }

        /**
         * A cross-reference stream as object {@code number}: objects 1..inStream lie in object stream
         * {@code objectStream}; the rest were written plainly. The stream's data is deflated followed by
         * {@code zeros} zero bytes, or left plain if {@code zeros} is negative.
         */
        byte[] withXrefStream(int number, int root, int objectStream, int inStream, long zeros) {
            long start = out.size();
            int size = number + 1;
            ByteArrayOutputStream entries = new ByteArrayOutputStream();
            entry(entries, 0, 0, 65535);
            for (int n = 1; n < size; n++) {
                if (n <= inStream) {
                    entry(entries, 2, objectStream, n - 1);
                } else if (n == number) {
                    entry(entries, 1, start, 0);
                } else {
                    entry(entries, 1, offsetOf(n), 0);
                }
            }
            String dictionary = "/Type /XRef /Size " + size + " /Root " + root + " 0 R /W [1 4 2]";
            byte[] data = entries.toByteArray();
            if (zeros >= 0) {
                data = deflate(data, zeros);
                dictionary += " /Filter /FlateDecode";
            }
            stream(number, dictionary, data);
            out.writeBytes(ascii("startxref\n" + start + "\n%%EOF\n"));
            return out.toByteArray();
        }

        byte[] withXrefTable(int root) {
            long start = out.size();
            int size = offsets.size() + 1;
            StringBuilder table = new StringBuilder("xref\n0 " + size + "\n0000000000 65535 f\r\n");
            for (int n = 1; n < size; n++) {
                table.append(String.format("%010d 00000 n\r\n", offsetOf(n)));
            }
            table.append("trailer\n<< /Size ").append(size).append(" /Root ").append(root).append(" 0 R >>\nstartxref\n")
                    .append(start).append("\n%%EOF\n");
            out.writeBytes(ascii(table.toString()));
            return out.toByteArray();
        }

        private long offsetOf(int number) {
            return offsets.stream().filter(o -> o[0] == number).findFirst().orElseThrow()[1];
        }

        private static void entry(ByteArrayOutputStream entries, int type, long field2, int field3) {
            entries.write(type);
            entries.write((int) (field2 >>> 24));
            entries.write((int) (field2 >>> 16));
            entries.write((int) (field2 >>> 8));
            entries.write((int) field2);
            entries.write(field3 >>> 8);
            entries.write(field3);
        }
    }
}
