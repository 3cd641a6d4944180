package jp.kenpo.kennin.adapters.documents;

import static jp.kenpo.kennin.adapters.documents.Inspection.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import jp.kenpo.kennin.application.document.DocumentCheck;
import jp.kenpo.kennin.application.document.DocumentRejection;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * About 1 MB that inflates to 1 GiB, wherever it sits, is refused as a bomb with its own reason,
 * quickly; the same files with a harmless amount of padding are accepted (a cross-reference
 * stream less: its zeros count as entries), so the refusal is for
 * the expansion and not for how the files are written. Ordinary PDFs still pass.
 */
class PdfDecompressionBombsAreRefusedTest {
    private static final int MB = 1024 * 1024;
    private static byte[] contentStreamBomb;
    private static byte[] objectStreamBomb;
    private static byte[] xrefStreamBomb;

    @TempDir
    Path root;

    @BeforeAll
    static void makeBombs() {
        contentStreamBomb = PdfBombs.contentStream(PdfBombs.GIB);
        objectStreamBomb = PdfBombs.objectStream(PdfBombs.GIB);
        xrefStreamBomb = PdfBombs.xrefStream(PdfBombs.GIB);
    }

    @Test
    void theBombsAreAboutOneMegabyte() {
        for (byte[] bomb : new byte[][] {contentStreamBomb, objectStreamBomb, xrefStreamBomb}) {
            assertThat(bomb.length).isBetween(1_000_000, 2 * MB);
        }
    }

    @Test
    void aContentStreamInflatingToOneGibibyteIsRefused() {
        assertRefusedQuickly(contentStreamBomb);
    }

    @Test
    void anObjectStreamInflatingToOneGibibyteIsRefused() {
        assertRefusedQuickly(objectStreamBomb);
    }

    @Test
    void aCrossReferenceStreamInflatingToOneGibibyteIsRefused() {
        assertRefusedQuickly(xrefStreamBomb);
    }

    @Test
    void theSameFilesWithHarmlessPaddingAreAccepted() {
        Inspection inspection = new Inspection(root);

        assertThat(inspection.check(PdfBombs.contentStream(MB), "a.pdf")).isInstanceOf(DocumentCheck.Accepted.class);
        assertThat(inspection.check(PdfBombs.objectStream(MB), "b.pdf")).isInstanceOf(DocumentCheck.Accepted.class);
        assertThat(inspection.check(PdfBombs.xrefStream(64 * 1024), "c.pdf")).isInstanceOf(DocumentCheck.Accepted.class);
    }

    @Test
    void twoHundredThousandObjectsAreRefused() {
        byte[] pdf = PdfBombs.manyObjects(200_000);

        assertThat(pdf.length).as("bytes on disk").isLessThan(2 * MB);
        assertRefusedQuickly(pdf);
    }

    @Test
    void aFewThousandObjectsAreAccepted() {
        assertThat(new Inspection(root).check(PdfBombs.manyObjects(5_000), "a.pdf")).isInstanceOf(DocumentCheck.Accepted.class);
    }

    /** What a member really sends: pages of text with a scanned photo, saved with compressed cross-references. */
    @Test
    void aMultiPagePdfWithTextAndImagesAndCompressedCrossReferencesIsAccepted() {
        byte[] pdf = textAndImages(12);

        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(raw).as("written with object streams and a cross-reference stream").contains("/ObjStm").contains("/XRef");
        assertThat(new Inspection(root).check(pdf, "住民票.pdf")).isInstanceOf(DocumentCheck.Accepted.class);
    }

    private void assertRefusedQuickly(byte[] bomb) {
        long start = System.nanoTime();
        DocumentCheck check = new Inspection(root).check(bomb, "bomb.pdf");
        long millis = (System.nanoTime() - start) / 1_000_000;

        System.out.printf("bomb of %d bytes refused in %d ms%n", bomb.length, millis);
        assertThat(check).isEqualTo(rejected(DocumentRejection.PDF_BOMB));
        // Loose, for a shared machine: unbounded inflating took 36 s here, bounded about one.
        assertThat(millis).as("milliseconds to refuse").isLessThan(20_000);
    }

    /** Text pages, each with a JPEG photo and a lossless (Flate) scan of a blank form, which compresses hugely. */
    static byte[] textAndImages(int pages) {
        return SampleFiles.pdf(pages, document -> {
            try {
                PDImageXObject photo = JPEGFactory.createFromByteArray(document, SampleFiles.jpeg(800, 600));
                PDImageXObject scan = LosslessFactory.createFromImage(document,
                        javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(SampleFiles.png(1240, 1754))));
                for (int i = 0; i < pages; i++) {
                    try (PDPageContentStream content = new PDPageContentStream(document, document.getPage(i),
                            PDPageContentStream.AppendMode.APPEND, true)) {
                        content.drawImage(scan, 0, 0, 612, 792);
                        content.drawImage(photo, 72, 300, 400, 300);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
