package jp.kenpo.kennin.adapters.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import jp.kenpo.kennin.application.document.DocumentCheck;
import jp.kenpo.kennin.application.document.DocumentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhonePhotosScansAndPdfsAreAcceptedTest {
    @TempDir
    Path root;

    private Inspection inspection() {
        return new Inspection(root);
    }

    @Test
    void aJpegPhotoIsAcceptedWithItsSizeAndDigest() throws Exception {
        byte[] jpeg = SampleFiles.jpeg(640, 480);

        DocumentCheck check = inspection().check(jpeg, "IMG_0001.JPG", "image/jpeg");

        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(jpeg));
        assertThat(check).isEqualTo(new DocumentCheck.Accepted(DocumentType.JPEG, jpeg.length, sha256));
    }

    @Test
    void aPngScreenshotIsAccepted() {
        assertThat(inspection().check(SampleFiles.png(800, 600), "スクリーンショット.png", "image/png"))
                .isInstanceOfSatisfying(DocumentCheck.Accepted.class, a -> assertThat(a.type()).isEqualTo(DocumentType.PNG));
    }

    @Test
    void anIphoneHeicPhotoIsAccepted() {
        // A 4032 × 3024 grid of 512 × 512 tiles, listed tile first as iPhones write it.
        assertThat(inspection().check(SampleFiles.heic(512, 512, 4032, 3024), "IMG_1234.HEIC", "image/heic"))
                .isInstanceOfSatisfying(DocumentCheck.Accepted.class, a -> assertThat(a.type()).isEqualTo(DocumentType.HEIC));
    }

    @Test
    void aOnePagePdfScanIsAccepted() {
        assertThat(inspection().check(SampleFiles.pdf(1), "kazei-shoumei.pdf", "application/pdf"))
                .isInstanceOfSatisfying(DocumentCheck.Accepted.class, a -> assertThat(a.type()).isEqualTo(DocumentType.PDF));
    }

    @Test
    void aPdfOfExactlyTheAllowedPagesIsAccepted() {
        assertThat(inspection().check(SampleFiles.pdf(50), "passbook.pdf")).isInstanceOf(DocumentCheck.Accepted.class);
    }

    /** Phones and some browsers send names and types that say nothing; the content decides. */
    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "image.bin, application/octet-stream",
            "null, null",
            "'', ''",
            "photo, image/*",
            "PHOTO.JPEG, image/jpeg; charset=binary",
            "C:\\Users\\taro\\Desktop\\photo.jpg, IMAGE/JPEG",
            "photo.gif, image/gif",
    })
    void aJpegIsAcceptedWhateverUninformativeNameOrTypeComesWithIt(String fileName, String contentType) {
        assertThat(inspection().check(SampleFiles.jpeg(32, 32), fileName, contentType))
                .isInstanceOfSatisfying(DocumentCheck.Accepted.class, a -> assertThat(a.type()).isEqualTo(DocumentType.JPEG));
    }

    @Test
    void aHeifImageNamedHeifIsAcceptedAsHeic() {
        assertThat(inspection().check(SampleFiles.heic(1920, 1080), "photo.heif", "image/heif"))
                .isInstanceOfSatisfying(DocumentCheck.Accepted.class, a -> assertThat(a.type()).isEqualTo(DocumentType.HEIC));
    }
}
