package jp.kenpo.kennin.adapters.documents;

import static jp.kenpo.kennin.adapters.documents.Inspection.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import jp.kenpo.kennin.application.document.DocumentCheck;
import jp.kenpo.kennin.application.document.DocumentLimits;
import jp.kenpo.kennin.application.document.DocumentRejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageBombsAndBrokenImagesAreRefusedTest {
    @TempDir
    Path root;

    private Inspection inspection() {
        return new Inspection(root);
    }

    @Test
    void aPngClaimingTenGigapixelsIsRefusedFromItsHeader() {
        byte[] bomb = SampleFiles.pngClaiming(100_000, 100_000);

        assertThat(bomb.length).isLessThan(1_000);
        assertThat(inspection().check(bomb, "scan.png")).isEqualTo(rejected(DocumentRejection.IMAGE_BOMB));
    }

    @Test
    void aJpegClaimingFourGigapixelsIsRefusedFromItsHeader() {
        assertThat(inspection().check(SampleFiles.jpegClaiming(65_000, 65_000), "photo.jpg")).isEqualTo(rejected(DocumentRejection.IMAGE_BOMB));
    }

    @Test
    void aThinStripLongerThanAnyCameraMakesIsRefused() {
        assertThat(inspection().check(SampleFiles.pngClaiming(1_000_000, 1), "strip.png")).isEqualTo(rejected(DocumentRejection.IMAGE_BOMB));
    }

    @Test
    void thePixelLimitIsASetting() {
        Inspection strict = new Inspection(root, new DocumentLimits(DocumentLimits.defaults().maxBytes(), 640 * 480, 50));

        assertThat(strict.check(SampleFiles.png(640, 480), "a.png")).isInstanceOf(DocumentCheck.Accepted.class);
        assertThat(strict.check(SampleFiles.png(641, 480), "b.png")).isEqualTo(rejected(DocumentRejection.IMAGE_BOMB));
    }

    @Test
    void aPngClaimingZeroWidthIsCorrupt() {
        assertThat(inspection().check(SampleFiles.pngClaiming(0, 100), "scan.png")).isEqualTo(rejected(DocumentRejection.IMAGE_CORRUPT));
    }

    @Test
    void aJpegCutBeforeItsFrameHeaderIsCorrupt() {
        assertThat(inspection().check(SampleFiles.truncatedJpeg(), "photo.jpg")).isEqualTo(rejected(DocumentRejection.IMAGE_CORRUPT));
    }

    @Test
    void aHeicClaimingTenGigapixelsIsRefused() {
        assertThat(inspection().check(SampleFiles.heic(100_000, 100_000), "IMG_0001.HEIC")).isEqualTo(rejected(DocumentRejection.IMAGE_BOMB));
    }

    /** metadata-extractor alone reports only the first ispe; a small decoy must not hide a huge image. */
    @Test
    void aHeicHidingAHugeImageBehindASmallTileIsRefused() {
        assertThat(inspection().check(SampleFiles.heic(512, 512, 100_000, 100_000), "IMG_0001.HEIC"))
                .isEqualTo(rejected(DocumentRejection.IMAGE_BOMB));
    }

    @Test
    void aHeicWithoutAnyDimensionsIsCorrupt() {
        assertThat(inspection().check(SampleFiles.heic(), "IMG_0001.HEIC")).isEqualTo(rejected(DocumentRejection.IMAGE_CORRUPT));
    }

    @Test
    void aHeicWhoseSizePropertyLiesAboutItsOwnLengthIsCorrupt() {
        byte[] heic = SampleFiles.heic(640, 480);
        int ispe = SampleFiles.indexOf(heic, "ispe") - 4;
        ByteBuffer.wrap(heic).putInt(ispe, Integer.MAX_VALUE);

        assertThat(inspection().check(heic, "IMG_0001.HEIC")).isEqualTo(rejected(DocumentRejection.IMAGE_CORRUPT));
    }

    @Test
    void aHeicCutInsideItsHeaderIsCorrupt() {
        byte[] heic = SampleFiles.heic(640, 480);
        byte[] cut = Arrays.copyOf(heic, SampleFiles.indexOf(heic, "ispe") + 6);

        assertThat(inspection().check(cut, "IMG_0001.HEIC")).isEqualTo(rejected(DocumentRejection.IMAGE_CORRUPT));
    }
}
