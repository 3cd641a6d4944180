package jp.kenpo.kennin.adapters.documents;

import static jp.kenpo.kennin.adapters.documents.Inspection.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import jp.kenpo.kennin.application.document.DocumentRejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesThatAreNotAcceptedTypesAreRefusedTest {
    @TempDir
    Path root;

    private Inspection inspection() {
        return new Inspection(root);
    }

    @Test
    void aGifIsRefused() {
        assertThat(inspection().check(SampleFiles.gif(), "scan.gif", "image/gif")).isEqualTo(rejected(DocumentRejection.UNSUPPORTED_TYPE));
    }

    @Test
    void aWordDocumentOrZipIsRefused() {
        assertThat(inspection().check(SampleFiles.zip(), "申立書.docx")).isEqualTo(rejected(DocumentRejection.UNSUPPORTED_TYPE));
    }

    @Test
    void anHtmlPageNamedLikeAPhotoIsRefused() {
        assertThat(inspection().check(SampleFiles.html(), "photo.jpg", "image/jpeg")).isEqualTo(rejected(DocumentRejection.UNSUPPORTED_TYPE));
    }

    @Test
    void anSvgWithAScriptNamedLikeAPngIsRefused() {
        assertThat(inspection().check(SampleFiles.svg(), "scan.png", "image/png")).isEqualTo(rejected(DocumentRejection.UNSUPPORTED_TYPE));
    }

    @Test
    void aWindowsExecutableIsRefused() {
        assertThat(inspection().check(SampleFiles.exe(), "receipt.pdf.exe", "application/pdf")).isEqualTo(rejected(DocumentRejection.UNSUPPORTED_TYPE));
    }

    @Test
    void plainTextIsRefused() {
        assertThat(inspection().check(SampleFiles.ascii("給与明細 2025-07\n"), "payslip.pdf")).isEqualTo(rejected(DocumentRejection.UNSUPPORTED_TYPE));
    }

    @Test
    void anHeifImageSequenceIsRefused() {
        byte[] sequence = SampleFiles.heic(640, 480);
        System.arraycopy(SampleFiles.ascii("msf1"), 0, sequence, 8, 4);

        assertThat(inspection().check(sequence, "burst.heic")).isEqualTo(rejected(DocumentRejection.UNSUPPORTED_TYPE));
    }
}
