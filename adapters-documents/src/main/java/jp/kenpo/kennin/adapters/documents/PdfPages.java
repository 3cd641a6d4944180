package jp.kenpo.kennin.adapters.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import jp.kenpo.kennin.application.document.DocumentRenditionPort.CannotDisplay;
import jp.kenpo.kennin.application.document.DocumentRenditionPort.NoSuchPage;
import jp.kenpo.kennin.application.document.DocumentRenditionPort.PageCount;
import jp.kenpo.kennin.application.document.DocumentRenditionPort.PageImage;
import jp.kenpo.kennin.application.document.DocumentRenditionPort.PageRendition;
import jp.kenpo.kennin.application.document.DocumentRenditionPort.Pages;
import jp.kenpo.kennin.application.document.DocumentRenditionPort.Reason;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws one page of a PDF as a PNG with PDFBox, within bounds a hostile file cannot stretch: what
 * PDFBox decodes counts against a {@link PdfDecodingBudget} (images judged by their claimed pixels
 * before their raster is allocated), the drawn page has at most {@link #MAX_PAGE_PIXELS}, a page
 * larger than PDF allows is refused, and drawing stops at a deadline checked before every operator.
 */
final class PdfPages {
    private static final Logger LOG = LoggerFactory.getLogger(PdfPages.class);
    private static final long MB = 1024 * 1024;
    /** 110 dots per inch: an A4 page is about 910 × 1290 pixels, sharp enough to read a payslip's small print. */
    static final float DPI = 110;
    /** An A4 page at 110 DPI is 1.2 megapixels; a poster-sized page is drawn smaller rather than larger than this. */
    static final long MAX_PAGE_PIXELS = 6_000_000;
    /** PDF's own limit on a page side in default user units (200 inches); more is not a document. */
    static final float MAX_PAGE_SIDE = 14_400;
    /** Scanned pages carry photos: a decoded 50-megapixel RGB image is 150 MB, so the drawing budget is larger than the check's (and subsampling keeps most photos far below it). */
    static final long DECODED_BYTES_CEILING = 96 * MB;
    private static final long SCRATCH_IN_MEMORY = MB;

    private final int maxPages;
    private final PixelLimit imagePixels;
    private final Duration timeLimit;
    private final Path scratchDirectory;

    PdfPages(int maxPages, PixelLimit imagePixels, Duration timeLimit, Path scratchDirectory) {
        this.maxPages = maxPages;
        this.imagePixels = imagePixels;
        this.timeLimit = timeLimit;
        this.scratchDirectory = scratchDirectory;
        PdfDecodingBudget.install();
    }

    PageCount count(byte[] pdf) {
        Object result = withDocument(pdf, document -> {
            int pages = countPages(document);
            return pages > maxPages ? new CannotDisplay(Reason.TOO_LARGE) : new Pages(pages);
        }, null);
        return (PageCount) result;
    }

    PageRendition render(byte[] pdf, int page) {
        long deadline = System.nanoTime() + timeLimit.toNanos();
        Deadline clock = new Deadline(deadline);
        Object result = withDocument(pdf, document -> {
            int pages = countPages(document);
            if (pages > maxPages) {
                return new CannotDisplay(Reason.TOO_LARGE);
            }
            if (page < 1 || page > pages) {
                return new NoSuchPage(pages);
            }
            PDPage shown = document.getPage(page - 1);
            PDRectangle box = shown.getCropBox();
            float userUnit = shown.getUserUnit();
            float width = box.getWidth() * userUnit;
            float height = box.getHeight() * userUnit;
            if (!(width >= 1 && height >= 1 && width <= MAX_PAGE_SIDE && height <= MAX_PAGE_SIDE)) {
                return new CannotDisplay(Reason.TOO_LARGE);
            }
            float scale = DPI / 72f;
            double pixels = (double) box.getWidth() * scale * box.getHeight() * scale;
            if (pixels > MAX_PAGE_PIXELS) {
                scale *= (float) Math.sqrt(MAX_PAGE_PIXELS / pixels);
            }
            inflateContents(shown);
            if (PdfDecodingBudget.active().spent()) {
                return new CannotDisplay(Reason.TOO_LARGE);
            }
            BoundedRenderer renderer = new BoundedRenderer(document, clock, imagePixels);
            renderer.setSubsamplingAllowed(true);
            BufferedImage image = renderer.renderImage(page - 1, scale, ImageType.RGB);
            if (clock.passed || renderer.imageTooLarge) {
                return null;
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return new PageImage(png.toByteArray(), "image/png", pages);
        }, clock);
        return (PageRendition) result;
    }

    /** Runs {@code work} on the loaded document within a fresh budget; a spent budget or passed deadline decides the outcome. */
    private Object withDocument(byte[] pdf, PdfWork work, Deadline clock) {
        PdfDecodingBudget budget = PdfDecodingBudget.forRendering(
                Math.min(DECODED_BYTES_CEILING, PdfInspector.DECODED_BYTES_BASE + 16L * pdf.length + 4 * imagePixels.maxPixels()),
                PdfInspector.MAX_OBJECTS, imagePixels);
        Object result;
        try {
            result = budget.spendOn(() -> {
                MemoryUsageSetting scratch = MemoryUsageSetting.setupMixed(SCRATCH_IN_MEMORY).setTempDir(scratchDirectory.toFile());
                try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(pdf), "", null, null, scratch.streamCache)) {
                    if (budget.spent() || document.getDocument().getXrefTable().size() > budget.maxObjects()) {
                        return new CannotDisplay(Reason.TOO_LARGE);
                    }
                    if (document.isEncrypted()) {
                        return new CannotDisplay(Reason.UNREADABLE);
                    }
                    return work.run(document);
                }
            });
        } catch (IOException | RuntimeException e) {
            LOG.debug("PDF not displayed", e);
            result = new CannotDisplay(Reason.UNREADABLE);
        }
        if (budget.spent()) {
            LOG.info("PDF page not drawn: {} bytes decoded, {} allowed, or an image too large", budget.decodedBytes(),
                    budget.maxDecodedBytes());
            return new CannotDisplay(Reason.TOO_LARGE);
        }
        if (clock != null && clock.passed) {
            return new CannotDisplay(Reason.TIMED_OUT);
        }
        return result == null ? new CannotDisplay(Reason.TOO_LARGE) : result;
    }

    /**
     * PDFBox draws a content stream through a streaming view that the budget does not see, so a page
     * of a gibibyte of padding would keep the renderer busy without one operator to stop at: the
     * page's streams are inflated once through the counted filters first, and thrown away.
     */
    private static void inflateContents(PDPage page) throws IOException {
        COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        List<COSBase> streams = new java.util.ArrayList<>();
        if (contents instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                streams.add(array.getObject(i));
            }
        } else {
            streams.add(contents);
        }
        for (COSBase stream : streams) {
            if (stream instanceof COSStream content) {
                try (InputStream in = content.createInputStream()) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
        }
    }

    /** Counts the pages the tree really holds, not the /Count it claims, and stops one past the limit. */
    private int countPages(PDDocument document) throws IOException {
        int pages = 0;
        for (Iterator<PDPage> it = document.getPages().iterator(); it.hasNext() && pages <= maxPages; it.next()) {
            pages++;
        }
        if (pages == 0) {
            throw new IOException("a PDF without pages");
        }
        return pages;
    }

    private interface PdfWork {
        Object run(PDDocument document) throws IOException;
    }

    private static final class Deadline {
        private final long nanos;
        private boolean passed;

        Deadline(long nanos) {
            this.nanos = nanos;
        }

        void check() throws IOException {
            if (passed || System.nanoTime() - nanos > 0) {
                passed = true;
                throw new IOException("drawing the page took too long");
            }
        }
    }

    /**
     * PDFBox's renderer with the deadline checked before each operator (once passed, every later
     * operator fails at once, so a page PDFBox keeps drawing past errors still ends quickly) and
     * each image's declared size judged before PDFBox allocates it.
     */
    private static final class BoundedRenderer extends PDFRenderer {
        private final Deadline deadline;
        private final PixelLimit pixels;
        private boolean imageTooLarge;

        BoundedRenderer(PDDocument document, Deadline deadline, PixelLimit pixels) {
            super(document);
            this.deadline = deadline;
            this.pixels = pixels;
        }

        @Override
        protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
            return new PageDrawer(parameters) {
                @Override
                protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                    deadline.check();
                    super.processOperator(operator, operands);
                }

                @Override
                public void drawImage(PDImage image) throws IOException {
                    deadline.check();
                    if (pixels.judge(image.getWidth(), image.getHeight()).isPresent()) {
                        imageTooLarge = true;
                        throw new IOException("image of " + image.getWidth() + " x " + image.getHeight() + " pixels");
                    }
                    super.drawImage(image);
                }
            };
        }
    }
}
