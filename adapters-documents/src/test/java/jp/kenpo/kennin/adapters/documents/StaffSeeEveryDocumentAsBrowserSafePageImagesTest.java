package jp.kenpo.kennin.adapters.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import jp.kenpo.kennin.application.document.DocumentLimits;
import jp.kenpo.kennin.application.document.DocumentRenditionPort.CannotDisplay;
import jp.kenpo.kennin.application.document.DocumentRenditionPort.NoSuchPage;
import jp.kenpo.kennin.application.document.DocumentRenditionPort.PageImage;
import jp.kenpo.kennin.application.document.DocumentRenditionPort.PageRendition;
import jp.kenpo.kennin.application.document.DocumentRenditionPort.Pages;
import jp.kenpo.kennin.application.document.DocumentRenditionPort.Reason;
import jp.kenpo.kennin.application.document.DocumentType;
import jp.kenpo.kennin.application.document.StoredDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A member's photo, scan or PDF reaches the reviewer's browser only as a PNG or JPEG made or
 * checked on the server: a two-page PDF as two drawn pages, a HEIC photo converted by the real
 * heif-convert, a JPEG or PNG as stored.
 */
class StaffSeeEveryDocumentAsBrowserSafePageImagesTest {
    @TempDir
    Path scratch;

    private final StoredFiles storage = new StoredFiles();

    private DocumentRenditions renditions() {
        return new DocumentRenditions(storage, DocumentLimits.defaults(), scratch);
    }

    @Test
    void aTwoPagePdfIsTwoPngPagesDrawnAtAReadableSize() {
        StoredDocument.Id pdf = storage.put(SampleFiles.pdf(2));
        DocumentRenditions renditions = renditions();

        assertThat(renditions.countPages(pdf, DocumentType.PDF)).isEqualTo(new Pages(2));
        for (int page = 1; page <= 2; page++) {
            PageImage image = (PageImage) renditions.renderPage(pdf, DocumentType.PDF, page);
            assertThat(image.mimeType()).isEqualTo("image/png");
            assertThat(image.pageCount()).isEqualTo(2);
            BufferedImage drawn = decode(image);
            // US Letter (612 × 792 points) at 110 dots per inch
            assertThat(drawn.getWidth()).isEqualTo(Math.round(612 * 110 / 72f));
            assertThat(drawn.getHeight()).isEqualTo(Math.round(792 * 110 / 72f));
            assertThat(hasDarkPixels(drawn)).as("the page's text is drawn").isTrue();
        }
    }

    @Test
    void aPageBeyondTheLastIsNoPage() {
        StoredDocument.Id pdf = storage.put(SampleFiles.pdf(2));

        assertThat(renditions().renderPage(pdf, DocumentType.PDF, 3)).isEqualTo(new NoSuchPage(2));
        assertThat(renditions().renderPage(pdf, DocumentType.PDF, 0)).isInstanceOf(NoSuchPage.class);
        assertThat(renditions().renderPage(pdf, DocumentType.PDF, 10_000)).isInstanceOf(NoSuchPage.class);
    }

    @Test
    void aJpegOrPngIsOnePageServedAsStoredWithItsFixedType() {
        byte[] jpeg = SampleFiles.jpeg(64, 48);
        byte[] png = SampleFiles.png(64, 48);
        StoredDocument.Id jpegId = storage.put(jpeg);
        StoredDocument.Id pngId = storage.put(png);

        assertThat(renditions().countPages(jpegId, DocumentType.JPEG)).isEqualTo(new Pages(1));
        PageImage shownJpeg = (PageImage) renditions().renderPage(jpegId, DocumentType.JPEG, 1);
        assertThat(shownJpeg.bytes()).isEqualTo(jpeg);
        assertThat(shownJpeg.mimeType()).isEqualTo("image/jpeg");
        PageImage shownPng = (PageImage) renditions().renderPage(pngId, DocumentType.PNG, 1);
        assertThat(shownPng.bytes()).isEqualTo(png);
        assertThat(shownPng.mimeType()).isEqualTo("image/png");
        assertThat(renditions().renderPage(jpegId, DocumentType.JPEG, 2)).isEqualTo(new NoSuchPage(1));
    }

    @Test
    void storedBytesThatAreNotTheTypeTheyWereKeptAsAreNotServed() {
        StoredDocument.Id html = storage.put(SampleFiles.html());

        assertThat(renditions().renderPage(html, DocumentType.JPEG, 1)).isEqualTo(new CannotDisplay(Reason.UNREADABLE));
        assertThat(renditions().renderPage(html, DocumentType.PNG, 1)).isEqualTo(new CannotDisplay(Reason.UNREADABLE));
    }

    @Test
    void aHeicPhotoIsConvertedToJpegByHeifConvert() throws IOException {
        assumeHeifConvertInstalled();
        StoredDocument.Id heic = storage.put(resource("renditions/checker.heic"));

        PageImage image = (PageImage) renditions().renderPage(heic, DocumentType.HEIC, 1);

        assertThat(image.mimeType()).isEqualTo("image/jpeg");
        BufferedImage photo = decode(image);
        assertThat(photo.getWidth()).isEqualTo(96);
        assertThat(photo.getHeight()).isEqualTo(64);
        assertThat(scratchFiles()).as("nothing is left behind").isEmpty();
    }

    @Test
    void aHeicThatIsGarbageCannotBeDisplayed() throws IOException {
        assumeHeifConvertInstalled();
        // Boxes that pass the dimension check but hold no decodable image.
        StoredDocument.Id heic = storage.put(SampleFiles.heic(64, 48));

        assertThat(renditions().renderPage(heic, DocumentType.HEIC, 1)).isEqualTo(new CannotDisplay(Reason.UNREADABLE));
        assertThat(renditions().renderPage(storage.put(SampleFiles.html()), DocumentType.HEIC, 1))
                .isEqualTo(new CannotDisplay(Reason.UNREADABLE));
        assertThat(scratchFiles()).isEmpty();
    }

    @Test
    void aHeicClaimingTooManyPixelsIsNotHandedToTheConverter() {
        StoredDocument.Id heic = storage.put(SampleFiles.heic(20_000, 20_000));

        assertThat(renditions().renderPage(heic, DocumentType.HEIC, 1)).isEqualTo(new CannotDisplay(Reason.TOO_LARGE));
    }

    @Test
    void withoutHeifConvertTheScreenIsToldItCannotDisplay() throws IOException {
        StoredDocument.Id heic = storage.put(resource("renditions/checker.heic"));
        DocumentRenditions renditions = new DocumentRenditions(storage, DocumentLimits.defaults(), scratch,
                java.util.List.of("kennin-no-such-heif-convert"), Duration.ofSeconds(5), Duration.ofSeconds(5));

        assertThat(renditions.renderPage(heic, DocumentType.HEIC, 1)).isEqualTo(new CannotDisplay(Reason.CONVERTER_MISSING));
        assertThat(scratchFiles()).isEmpty();
    }

    @Test
    void aConverterThatHangsIsKilledAtTheTimeLimit() throws IOException {
        StoredDocument.Id heic = storage.put(resource("renditions/checker.heic"));
        DocumentRenditions renditions = new DocumentRenditions(storage, DocumentLimits.defaults(), scratch,
                java.util.List.of("sh", "-c", "sleep 60", "hanging-converter"), Duration.ofSeconds(1), Duration.ofSeconds(5));

        long start = System.nanoTime();
        PageRendition result = renditions.renderPage(heic, DocumentType.HEIC, 1);

        assertThat(result).isEqualTo(new CannotDisplay(Reason.TIMED_OUT));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(scratchFiles()).isEmpty();
    }

    @Test
    void aDocumentGoneFromStorageIsMissing() {
        StoredDocument.Id gone = storage.put(SampleFiles.pdf(1));
        storage.delete(gone);

        assertThat(renditions().renderPage(gone, DocumentType.PDF, 1)).isEqualTo(new CannotDisplay(Reason.MISSING));
        assertThat(renditions().countPages(gone, DocumentType.PDF)).isEqualTo(new CannotDisplay(Reason.MISSING));
    }

    static BufferedImage decode(PageImage image) {
        try {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image.bytes()));
            assertThat(decoded).as("a decodable " + image.mimeType()).isNotNull();
            return decoded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasDarkPixels(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if ((image.getRGB(x, y) & 0xFF) < 100) {
                    return true;
                }
            }
        }
        return false;
    }

    private java.util.List<Path> scratchFiles() throws IOException {
        try (Stream<Path> files = Files.walk(scratch)) {
            return files.filter(path -> !path.equals(scratch)).toList();
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = StaffSeeEveryDocumentAsBrowserSafePageImagesTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assumeHeifConvertInstalled() {
        boolean installed = Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "heif-convert")));
        Assumptions.assumeTrue(installed, "heif-convert (libheif-examples) is not installed: bash .ci/run installs it");
    }
}
