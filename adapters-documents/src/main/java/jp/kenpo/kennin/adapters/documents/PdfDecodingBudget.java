package jp.kenpo.kennin.adapters.documents;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.filter.DecodeResult;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * How many bytes PDFBox may decode, and how many cross-reference entries it may read, while one PDF
 * is inspected on the current thread.
 *
 * <p>Why this reaches into PDFBox: PDFBox 3 decodes a stream whole into memory before anything reads
 * it ({@code Filter.decode} into a heap buffer), and it does so for the cross-reference and object
 * streams while the file is opened. A 1 MB stream of Flate-compressed zeros thus became 1 GiB of heap,
 * and PDFBox offers no limit: its {@code MemoryUsageSetting} governs the file's buffer, not decoding.
 * Every filter in PDFBox's {@link FilterFactory} is therefore wrapped, once, by one that counts what it
 * writes while a budget is active on the thread and fails the decoding the moment the budget is spent,
 * so neither memory nor time goes beyond it. Outside an inspection the wrappers only pass through.
 * Image filters (JPEG, JPEG 2000, JBIG2, CCITT) never run during an inspection, which decodes no image:
 * a stream that asks for them there is posing as something else, and spends the budget at once.
 *
 * <p>Rendering a page for staff ({@link #forRendering}) must decode images, and an image decoder
 * allocates its whole raster from the dimensions the image's own header claims before writing a
 * byte, so counting output is not enough there: a JPEG's frame header and a fax image's rows and
 * columns are judged by the {@link PixelLimit} first, and JPEG 2000 and JBIG2 (for which no
 * decoder is installed anyway) are not decoded at all.
 */
final class PdfDecodingBudget {
    private static final ThreadLocal<PdfDecodingBudget> ACTIVE = new ThreadLocal<>();
    private static final Set<COSName> IMAGE_FILTERS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
            COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION, COSName.JPX_DECODE, COSName.JBIG2_DECODE);
    private static boolean installed;

    private final long maxDecodedBytes;
    private final long maxObjects;
    /** Empty while inspecting: no image may be decoded then. */
    private final java.util.Optional<PixelLimit> images;
    private long decodedBytes;
    private long crossReferenceEntries;
    private boolean spent;

    PdfDecodingBudget(long maxDecodedBytes, long maxObjects) {
        this(maxDecodedBytes, maxObjects, java.util.Optional.empty());
    }

    private PdfDecodingBudget(long maxDecodedBytes, long maxObjects, java.util.Optional<PixelLimit> images) {
        this.maxDecodedBytes = maxDecodedBytes;
        this.maxObjects = maxObjects;
        this.images = images;
    }

    /** A budget for drawing pages: images may be decoded, each within {@code pixels}. */
    static PdfDecodingBudget forRendering(long maxDecodedBytes, long maxObjects, PixelLimit pixels) {
        return new PdfDecodingBudget(maxDecodedBytes, maxObjects, java.util.Optional.of(pixels));
    }

    /** What a check of the current thread may still spend, or nothing when no check is running. */
    static PdfDecodingBudget active() {
        return ACTIVE.get();
    }

    /** Wraps PDFBox's filters; fails at start if PDFBox no longer lets it, rather than checking without a limit. */
    static synchronized void install() {
        if (installed) {
            return;
        }
        try {
            Field field = FilterFactory.class.getDeclaredField("filters");
            field.setAccessible(true);
            @SuppressWarnings("unchecked")
            Map<COSName, Filter> filters = (Map<COSName, Filter>) field.get(FilterFactory.INSTANCE);
            // One wrapper per filter, shared by its long and short names as the filter itself is:
            // PDFBox drops a filter listed twice by comparing the instances.
            Map<Filter, Filter> wrappers = new IdentityHashMap<>();
            filters.replaceAll((name, filter) -> wrappers.computeIfAbsent(filter,
                    f -> new Counted(f, IMAGE_FILTERS.contains(name))));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot limit PDFBox's decoding (has PDFBox changed?)", e);
        }
        installed = true;
    }

    /** Runs {@code work} with this budget active on the current thread. */
    <T> T spendOn(IoWork<T> work) throws IOException {
        ACTIVE.set(this);
        try {
            return work.run();
        } finally {
            ACTIVE.remove();
        }
    }

    /** Whether decoding ran out of budget at some point, even if PDFBox swallowed the failure and went on. */
    boolean spent() {
        return spent;
    }

    long decodedBytes() {
        return decodedBytes;
    }

    long maxDecodedBytes() {
        return maxDecodedBytes;
    }

    long maxObjects() {
        return maxObjects;
    }

    private IOException spend(String why) {
        spent = true;
        return new Exhausted(why);
    }

    /**
     * A cross-reference stream has /W: each entry takes the sum of its widths, and the entries it may
     * still hold are those left of the object limit; any other stream may use what is left of the bytes.
     */
    private OutputStream counting(OutputStream decoded, COSDictionary parameters) throws IOException {
        if (spent) {
            throw spend("budget already spent");
        }
        long entryWidth = entryWidth(parameters);
        long limit = maxDecodedBytes - decodedBytes;
        if (entryWidth > 0) {
            limit = Math.min(limit, (maxObjects - crossReferenceEntries) * entryWidth);
        }
        long streamLimit = limit;
        long entriesBefore = crossReferenceEntries;
        return new FilterOutputStream(decoded) {
            private long written;

            @Override
            public void write(int b) throws IOException {
                count(1);
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                count(len);
                out.write(b, off, len);
            }

            private void count(int bytes) throws IOException {
                if (written + bytes > streamLimit) {
                    throw spend("decoded more than " + streamLimit + " bytes");
                }
                written += bytes;
                decodedBytes += bytes;
                if (entryWidth > 0) {
                    crossReferenceEntries = entriesBefore + written / entryWidth;
                }
            }
        };
    }

    private static long entryWidth(COSDictionary parameters) {
        COSBase widths = parameters == null ? null : parameters.getDictionaryObject(COSName.W);
        if (!(widths instanceof COSArray array)) {
            return 0;
        }
        long sum = 0;
        for (COSBase width : array) {
            if (width instanceof COSNumber number) {
                sum += Math.max(0, number.longValue());
            }
        }
        return Math.max(1, sum);
    }

    /**
     * Lets an image through only if the raster its decoder will allocate fits the pixel limit; returns
     * the encoded data to decode (a JPEG is read here, bounded by the budget, to see its frame header).
     */
    private InputStream judgeImage(Filter filter, InputStream encoded, COSDictionary parameters, PixelLimit pixels)
            throws IOException {
        String kind = filter.getClass().getSimpleName();
        if (kind.equals("DCTFilter")) {
            byte[] jpeg = encoded.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxDecodedBytes - decodedBytes + 1));
            if (jpeg.length > maxDecodedBytes - decodedBytes) {
                throw spend("JPEG larger than the budget");
            }
            javax.imageio.ImageReader reader = javax.imageio.ImageIO.getImageReadersByFormatName("jpeg").next();
            try (javax.imageio.stream.ImageInputStream in = javax.imageio.ImageIO.createImageInputStream(
                    new java.io.ByteArrayInputStream(jpeg))) {
                reader.setInput(in, true, true);
                if (pixels.judge(reader.getWidth(0), reader.getHeight(0)).isPresent()) {
                    throw spend("JPEG of " + reader.getWidth(0) + " x " + reader.getHeight(0) + " pixels");
                }
            } catch (Exhausted e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                throw new IOException("unreadable JPEG in a PDF", e);
            } finally {
                reader.dispose();
            }
            return new java.io.ByteArrayInputStream(jpeg);
        }
        if (kind.equals("CCITTFaxFilter")) {
            COSBase given = parameters == null ? null : parameters.getDictionaryObject(COSName.DECODE_PARMS, COSName.DP);
            if (given instanceof COSArray array && array.size() > 0) {
                given = array.getObject(array.size() - 1);
            }
            COSDictionary decodeParms = given instanceof COSDictionary dictionary ? dictionary : null;
            long columns = decodeParms == null ? 1728 : decodeParms.getLong(COSName.COLUMNS, 1728);
            long rows = decodeParms == null ? 0 : decodeParms.getLong(COSName.ROWS, 0);
            if (rows <= 0 && parameters != null) {
                rows = parameters.getLong(COSName.HEIGHT, parameters.getLong(COSName.H, 0));
            }
            if (pixels.judge(columns, Math.max(1, rows)).isPresent()) {
                throw spend("fax image of " + columns + " x " + rows + " pixels");
            }
            return encoded;
        }
        // JPEG 2000 and JBIG2: PDFBox needs plug-ins we do not ship; never decode them unjudged.
        throw new IOException(kind + " is not decoded for display");
    }

    interface IoWork<T> {
        T run() throws IOException;
    }

    /** Thrown into PDFBox's decoding when the budget is spent; PDFBox may catch it, {@link #spent()} remembers. */
    static final class Exhausted extends IOException {
        Exhausted(String message) {
            super(message);
        }
    }

    private static final class Counted extends Filter {
        private final Filter filter;
        private final boolean imageFilter;

        Counted(Filter filter, boolean imageFilter) {
            this.filter = filter;
            this.imageFilter = imageFilter;
        }

        @Override
        public DecodeResult decode(InputStream encoded, OutputStream decoded, COSDictionary parameters, int index)
                throws IOException {
            return decode(encoded, decoded, parameters, index, DecodeOptions.DEFAULT);
        }

        @Override
        public DecodeResult decode(InputStream encoded, OutputStream decoded, COSDictionary parameters, int index,
                                   DecodeOptions options) throws IOException {
            PdfDecodingBudget budget = ACTIVE.get();
            if (budget == null) {
                return filter.decode(encoded, decoded, parameters, index, options);
            }
            if (imageFilter) {
                if (budget.images.isEmpty()) {
                    throw budget.spend("image filter outside an image");
                }
                encoded = budget.judgeImage(filter, encoded, parameters, budget.images.get());
            }
            return filter.decode(encoded, budget.counting(decoded, parameters), parameters, index, options);
        }

        @Override
        protected void encode(InputStream input, OutputStream encoded, COSDictionary parameters) throws IOException {
            filter.encode(input, encoded, parameters, 0);
        }
    }
}
