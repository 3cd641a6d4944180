package jp.kenpo.kennin.adapters.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import jp.kenpo.kennin.application.document.DocumentLimits;
import jp.kenpo.kennin.application.document.DocumentRenditionPort;
import jp.kenpo.kennin.application.document.DocumentStoragePort;
import jp.kenpo.kennin.application.document.DocumentType;
import jp.kenpo.kennin.application.document.StoredDocument;

/**
 * Page images of kept documents for the staff's review screen. A JPEG or PNG is served as stored
 * (it was inspected at upload, and is served with its fixed type); a HEIC photo is converted to
 * JPEG by {@code heif-convert} ({@link HeifToJpeg}); a PDF page is drawn to PNG by PDFBox
 * ({@link PdfPages}). Nothing is cached: scratch files live in a private directory under the
 * documents' own root and are deleted after each conversion.
 *
 * <p>Converting is the costly part, so at most {@link #CONCURRENT_CONVERSIONS} run at once; a
 * request that cannot get a turn within the time limit is answered as timed out rather than queued
 * without end.
 */
public final class DocumentRenditions implements DocumentRenditionPort {
    static final int CONCURRENT_CONVERSIONS = 2;
    static final Duration PDF_TIME_LIMIT = Duration.ofSeconds(20);
    static final Duration HEIF_TIME_LIMIT = Duration.ofSeconds(20);
    /** A 50-megapixel photo at quality 85 is well under 32 MB. */
    static final long MAX_JPEG_BYTES = 32L * 1024 * 1024;

    private final DocumentStoragePort storage;
    private final DocumentLimits limits;
    private final PdfPages pdfs;
    private final HeifToJpeg heif;
    private final Semaphore conversions = new Semaphore(CONCURRENT_CONVERSIONS, true);
    private final Duration waitForTurn;

    /**
     * @param scratchDirectory private working space on the documents' file system (for example
     *                         {@code documentsDir/rendering}); created owner-only if missing
     */
    public DocumentRenditions(DocumentStoragePort storage, DocumentLimits limits, Path scratchDirectory) {
        this(storage, limits, scratchDirectory, HeifToJpeg.HEIF_CONVERT, HEIF_TIME_LIMIT, PDF_TIME_LIMIT);
    }

    DocumentRenditions(DocumentStoragePort storage, DocumentLimits limits, Path scratchDirectory, List<String> heifCommand,
                       Duration heifTimeLimit, Duration pdfTimeLimit) {
        this.storage = storage;
        this.limits = limits;
        try {
            OwnerOnlyFiles.createDirectories(scratchDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the rendering scratch directory " + scratchDirectory, e);
        }
        PixelLimit pixels = new PixelLimit(limits.maxPixels());
        this.pdfs = new PdfPages(limits.maxPdfPages(), pixels, pdfTimeLimit, scratchDirectory);
        this.heif = new HeifToJpeg(heifCommand, heifTimeLimit, MAX_JPEG_BYTES, pixels, scratchDirectory);
        this.waitForTurn = pdfTimeLimit.compareTo(heifTimeLimit) > 0 ? pdfTimeLimit : heifTimeLimit;
    }

    @Override
    public PageCount countPages(StoredDocument.Id id, DocumentType type) {
        if (type != DocumentType.PDF) {
            return new Pages(1);
        }
        return converting(id, pdfs::count);
    }

    @Override
    public PageRendition renderPage(StoredDocument.Id id, DocumentType type, int page) {
        return switch (type) {
            case JPEG, PNG -> page != 1 ? new NoSuchPage(1) : stored(id, type);
            case HEIC -> page != 1 ? new NoSuchPage(1) : converting(id, heif::convert);
            case PDF -> page < 1 || page > limits.maxPdfPages() ? new NoSuchPage(0)
                    : converting(id, bytes -> pdfs.render(bytes, page));
        };
    }

    /** The stored bytes, if they still begin as the type they were kept as. */
    private PageRendition stored(StoredDocument.Id id, DocumentType type) {
        byte[] bytes;
        try {
            bytes = read(id);
        } catch (Unavailable e) {
            return e.answer;
        }
        boolean looksRight = type == DocumentType.JPEG
                ? bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF
                : bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
        return looksRight ? new PageImage(bytes, type.mimeType(), 1) : new CannotDisplay(Reason.UNREADABLE);
    }

    /** Reads the file, waits for a turn and converts; {@code T} is a page count or a page, both of which may be {@link CannotDisplay}. */
    @SuppressWarnings("unchecked")
    private <T> T converting(StoredDocument.Id id, java.util.function.Function<byte[], ? extends T> conversion) {
        byte[] bytes;
        try {
            bytes = read(id);
        } catch (Unavailable e) {
            return (T) e.answer;
        }
        try {
            if (!conversions.tryAcquire(waitForTurn.toMillis(), TimeUnit.MILLISECONDS)) {
                return (T) new CannotDisplay(Reason.TIMED_OUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return (T) new CannotDisplay(Reason.TIMED_OUT);
        }
        try {
            return conversion.apply(bytes);
        } finally {
            conversions.release();
        }
    }

    /** The whole stored file, at most the upload limit: nothing larger was ever accepted. */
    private byte[] read(StoredDocument.Id id) throws Unavailable {
        try (InputStream in = storage.open(id)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
            if (bytes.length > limits.maxBytes()) {
                throw new Unavailable(Reason.TOO_LARGE);
            }
            if (bytes.length == 0) {
                throw new Unavailable(Reason.UNREADABLE);
            }
            return bytes;
        } catch (DocumentStoragePort.DocumentMissingException e) {
            throw new Unavailable(Reason.MISSING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Unavailable extends Exception {
        private final CannotDisplay answer;

        Unavailable(Reason reason) {
            super(reason.name(), null, false, false);
            this.answer = new CannotDisplay(reason);
        }
    }
}
