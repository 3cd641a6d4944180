package jp.kenpo.kennin.adapters.documents;

import static jp.kenpo.kennin.adapters.documents.Inspection.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import jp.kenpo.kennin.application.document.DocumentRejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesLyingAboutTheirTypeAreRefusedTest {
    @TempDir
    Path root;

    private Inspection inspection() {
        return new Inspection(root);
    }

    @Test
    void aPdfNamedJpgIsRefused() {
        assertThat(inspection().check(SampleFiles.pdf(1), "photo.jpg")).isEqualTo(rejected(DocumentRejection.TYPE_MISMATCH));
    }

    @Test
    void aPngNamedJpgIsRefused() {
        assertThat(inspection().check(SampleFiles.png(10, 10), "photo.jpg", "image/jpeg")).isEqualTo(rejected(DocumentRejection.TYPE_MISMATCH));
    }

    @Test
    void aJpegDeclaredAsPdfByTheBrowserIsRefused() {
        assertThat(inspection().check(SampleFiles.jpeg(10, 10), "upload", "application/pdf")).isEqualTo(rejected(DocumentRejection.TYPE_MISMATCH));
    }

    @Test
    void aJpegWhoseNameAndTypeDisagreeIsRefused() {
        assertThat(inspection().check(SampleFiles.jpeg(10, 10), "photo.jpg", "image/png")).isEqualTo(rejected(DocumentRejection.TYPE_MISMATCH));
    }

    @Test
    void aHeicNamedJpgIsRefused() {
        assertThat(inspection().check(SampleFiles.heic(640, 480), "IMG_0001.jpg", "image/jpeg")).isEqualTo(rejected(DocumentRejection.TYPE_MISMATCH));
    }
}
