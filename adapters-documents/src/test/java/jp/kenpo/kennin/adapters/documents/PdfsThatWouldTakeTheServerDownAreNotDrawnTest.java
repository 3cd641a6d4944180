package jp.kenpo.kennin.adapters.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import jp.kenpo.kennin.application.document.DocumentLimits;
import jp.kenpo.kennin.application.document.DocumentRenditionPort.CannotDisplay;
import jp.kenpo.kennin.application.document.DocumentRenditionPort.PageImage;
import jp.kenpo.kennin.application.document.DocumentRenditionPort.Reason;
import jp.kenpo.kennin.application.document.DocumentType;
import jp.kenpo.kennin.application.document.StoredDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drawing a page is where a hostile PDF would spend the server's memory and time: a gibibyte
 * content stream, an image whose header claims billions of pixels, a page the size of a
 * building, a page of endless drawing commands, more pages than any document. Each is answered
 * with "cannot display", quickly, and the server's heap survives.
 */
class PdfsThatWouldTakeTheServerDownAreNotDrawnTest {
    @TempDir
    Path scratch;

    private final StoredFiles storage = new StoredFiles();

    private DocumentRenditions renditions(Duration pdfTimeLimit) {
        return new DocumentRenditions(storage, DocumentLimits.defaults(), scratch, HeifToJpeg.HEIF_CONVERT,
                Duration.ofSeconds(5), pdfTimeLimit);
    }

    @Test
    void aContentStreamInflatingToOneGibibyteIsNotDrawn() {
        StoredDocument.Id bomb = storage.put(PdfBombs.contentStream(PdfBombs.GIB));

        long start = System.nanoTime();
        assertThat(renditions(Duration.ofSeconds(20)).renderPage(bomb, DocumentType.PDF, 1))
                .isEqualTo(new CannotDisplay(Reason.TOO_LARGE));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void anObjectStreamInflatingToOneGibibyteIsNotEvenCounted() {
        StoredDocument.Id bomb = storage.put(PdfBombs.objectStream(PdfBombs.GIB));

        assertThat(renditions(Duration.ofSeconds(20)).countPages(bomb, DocumentType.PDF))
                .isEqualTo(new CannotDisplay(Reason.TOO_LARGE));
    }

    @Test
    void anImageWhoseJpegHeaderClaimsBillionsOfPixelsIsNotDecoded() {
        // The image dictionary says 8 × 8; the JPEG inside says 60000 × 60000, which its decoder would allocate.
        StoredDocument.Id pdf = pdfShowing(SampleFiles.jpegClaiming(60_000, 60_000), 8, 8, 200, 200);

        assertThat(renditions(Duration.ofSeconds(20)).renderPage(pdf, DocumentType.PDF, 1))
                .isEqualTo(new CannotDisplay(Reason.TOO_LARGE));
    }

    @Test
    void anImageDeclaringBillionsOfPixelsIsNotDecoded() {
        StoredDocument.Id pdf = pdfShowing(SampleFiles.jpeg(8, 8), 60_000, 60_000, 200, 200);

        assertThat(renditions(Duration.ofSeconds(20)).renderPage(pdf, DocumentType.PDF, 1))
                .isEqualTo(new CannotDisplay(Reason.TOO_LARGE));
    }

    @Test
    void aPhotoOfSensibleSizeInsideAPdfIsDrawn() {
        StoredDocument.Id pdf = pdfShowing(SampleFiles.jpeg(1600, 1200), 0, 0, 400, 300);

        assertThat(renditions(Duration.ofSeconds(20)).renderPage(pdf, DocumentType.PDF, 1)).isInstanceOf(PageImage.class);
    }

    @Test
    void aPageLargerThanPdfAllowsIsNotDrawn() {
        StoredDocument.Id pdf = storage.put(SampleFiles.pdf(1, document ->
                document.getPage(0).setMediaBox(new PDRectangle(100_000, 100_000))));

        assertThat(renditions(Duration.ofSeconds(20)).renderPage(pdf, DocumentType.PDF, 1))
                .isEqualTo(new CannotDisplay(Reason.TOO_LARGE));
    }

    @Test
    void aPosterSizedPageIsDrawnSmallerInsteadOfAsHugeAsItIs() {
        StoredDocument.Id pdf = storage.put(SampleFiles.pdf(1, document ->
                document.getPage(0).setMediaBox(new PDRectangle(14_000, 14_000))));

        PageImage image = (PageImage) renditions(Duration.ofSeconds(20)).renderPage(pdf, DocumentType.PDF, 1);
        java.awt.image.BufferedImage drawn = StaffSeeEveryDocumentAsBrowserSafePageImagesTest.decode(image);

        assertThat((long) drawn.getWidth() * drawn.getHeight()).isLessThanOrEqualTo(PdfPages.MAX_PAGE_PIXELS + 10_000);
    }

    @Test
    void aPageOfEndlessDrawingCommandsStopsAtTheTimeLimit() {
        StoredDocument.Id pdf = storage.put(SampleFiles.pdf(1, document -> {
            try {
                PDStream stream = new PDStream(document);
                try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                    byte[] square = "0 0 1 1 re f\n".getBytes(StandardCharsets.US_ASCII);
                    for (int i = 0; i < 300_000; i++) {
                        out.write(square);
                    }
                }
                document.getPage(0).setContents(stream);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));

        long start = System.nanoTime();
        assertThat(renditions(Duration.ofMillis(50)).renderPage(pdf, DocumentType.PDF, 1))
                .isEqualTo(new CannotDisplay(Reason.TIMED_OUT));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void morePagesThanAnyDocumentIsNotShown() {
        StoredDocument.Id pdf = storage.put(SampleFiles.pdf(DocumentLimits.defaults().maxPdfPages() + 1));

        assertThat(renditions(Duration.ofSeconds(20)).countPages(pdf, DocumentType.PDF))
                .isEqualTo(new CannotDisplay(Reason.TOO_LARGE));
    }

    @Test
    void aBrokenPdfIsUnreadable() {
        StoredDocument.Id pdf = storage.put(SampleFiles.corruptPdf());

        assertThat(renditions(Duration.ofSeconds(20)).renderPage(pdf, DocumentType.PDF, 1))
                .isEqualTo(new CannotDisplay(Reason.UNREADABLE));
        assertThat(renditions(Duration.ofSeconds(20)).countPages(storage.put(List.of().toString().getBytes()), DocumentType.PDF))
                .isEqualTo(new CannotDisplay(Reason.UNREADABLE));
    }

    /**
     * A one-page PDF drawing {@code jpeg} at the given size; a positive {@code claimedWidth} and
     * {@code claimedHeight} overwrite what the image dictionary says of it.
     */
    private StoredDocument.Id pdfShowing(byte[] jpeg, int claimedWidth, int claimedHeight, float width, float height) {
        return storage.put(SampleFiles.pdf(1, document -> {
            try {
                PDImageXObject image = JPEGFactory.createFromByteArray(document, jpeg);
                if (claimedWidth > 0) {
                    image.getCOSObject().setInt(COSName.WIDTH, claimedWidth);
                    image.getCOSObject().setInt(COSName.HEIGHT, claimedHeight);
                }
                try (PDPageContentStream content = new PDPageContentStream(document, document.getPage(0),
                        PDPageContentStream.AppendMode.APPEND, false)) {
                    content.drawImage(image, 72, 72, width, height);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }
}
