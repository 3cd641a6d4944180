package jp.kenpo.kennin.adapters.documents;

import static jp.kenpo.kennin.adapters.documents.Inspection.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import jp.kenpo.kennin.application.document.DocumentCheck;
import jp.kenpo.kennin.application.document.DocumentLimits;
import jp.kenpo.kennin.application.document.DocumentRejection;
import jp.kenpo.kennin.application.document.StageResult;
import jp.kenpo.kennin.application.document.StagedUpload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadsOverTheSizeLimitAreRefusedTest {
    @TempDir
    Path root;

    /** A real PDF padded with trailing spaces (which PDF readers ignore) to an exact size. */
    private static byte[] pdfOfSize(int size) {
        byte[] pdf = SampleFiles.pdf(1);
        byte[] padded = Arrays.copyOf(pdf, size);
        Arrays.fill(padded, pdf.length, size, (byte) ' ');
        return padded;
    }

    @Test
    void aFileOfExactlyTheLimitIsAccepted() {
        int limit = 64 * 1024 + 7;
        Inspection inspection = new Inspection(root, new DocumentLimits(limit, 50_000_000, 50));

        DocumentCheck check = inspection.check(pdfOfSize(limit), "a.pdf");

        assertThat(check).isInstanceOfSatisfying(DocumentCheck.Accepted.class, a -> assertThat(a.size()).isEqualTo(limit));
    }

    @Test
    void oneByteOverTheLimitIsRefusedAndNothingIsLeftBehind() throws IOException {
        int limit = 64 * 1024 + 7;
        FileSystemDocumentStorage storage = new FileSystemDocumentStorage(root, new DocumentLimits(limit, 50_000_000, 50));
        InputStream upload = new ByteArrayInputStream(pdfOfSize(limit + 1));

        StageResult result = storage.stage(upload, limit);

        assertThat(result).isEqualTo(new StageResult.TooLarge(limit));
        assertThat(filesUnder(root)).isEmpty();
    }

    @Test
    void aStagedFileOverTheInspectionLimitIsRefused() {
        FileSystemDocumentStorage storage = new FileSystemDocumentStorage(root, new DocumentLimits(1000, 50_000_000, 50));
        StagedUpload staged = (StagedUpload) storage.stage(new ByteArrayInputStream(pdfOfSize(1001)), 2000);

        assertThat(storage.inspect(staged, "a.pdf", null)).isEqualTo(rejected(DocumentRejection.TOO_LARGE));
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(new Inspection(root).check(new byte[0], "photo.jpg", "image/jpeg")).isEqualTo(rejected(DocumentRejection.EMPTY));
    }

    @Test
    void theUploadStreamIsReadOnlyOneBytePastTheLimit() {
        FileSystemDocumentStorage storage = new FileSystemDocumentStorage(root, DocumentLimits.defaults());
        GeneratedStream upload = new GeneratedStream(200L * 1024 * 1024);

        assertThat(storage.stage(upload, 10 * 1024 * 1024)).isInstanceOf(StageResult.TooLarge.class);
        assertThat(upload.bytesRead()).isEqualTo(10 * 1024 * 1024 + 1);
    }

    static Stream<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList().stream();
        }
    }
}
