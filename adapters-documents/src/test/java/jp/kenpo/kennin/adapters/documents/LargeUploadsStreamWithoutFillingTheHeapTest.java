package jp.kenpo.kennin.adapters.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import jp.kenpo.kennin.application.document.DocumentCheck;
import jp.kenpo.kennin.application.document.DocumentLimits;
import jp.kenpo.kennin.application.document.DocumentType;
import jp.kenpo.kennin.application.document.StagedUpload;
import jp.kenpo.kennin.application.document.StoredDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rough guard only (the benchmark measures properly): 200 MB pass through staging, keeping and
 * reading back, and the long-lived part of the heap must not grow by anything like that. A whole
 * file in a byte[] would be allocated there directly, being far larger than a young-generation
 * region: reading the upload into an array first was seen to peak at about 400 MB here. The usage
 * after a GC alone would not notice, as the array is garbage by then.
 */
class LargeUploadsStreamWithoutFillingTheHeapTest {
    private static final long MB = 1024 * 1024;
    private static final long UPLOAD = 200 * MB;

    @TempDir
    Path root;

    @Test
    void twoHundredMegabytesPassThroughWithoutLandingInTheHeap() throws Exception {
        FileSystemDocumentStorage storage = new FileSystemDocumentStorage(root, new DocumentLimits(300 * MB, 50_000_000, 50));
        long before = longLivedHeapUsedAfterGc();
        resetPeaks();

        StagedUpload staged = (StagedUpload) storage.stage(new GeneratedStream(UPLOAD), 300 * MB);
        // keep() only moves the file; what the check says about its content does not matter here.
        StoredDocument kept = storage.keep(staged, new DocumentCheck.Accepted(DocumentType.PDF, staged.size(), staged.sha256()));
        String readBack = sha256Of(storage.open(kept.id()));

        long peakGrowth = longLivedHeapPeak() - before;
        assertThat(staged.size()).isEqualTo(UPLOAD);
        assertThat(readBack).isEqualTo(sha256Of(new GeneratedStream(UPLOAD))).isEqualTo(kept.sha256());
        assertThat(peakGrowth).as("peak growth of the long-lived heap, bytes").isLessThan(50 * MB);
        assertThat(longLivedHeapUsedAfterGc() - before).as("growth after GC, bytes").isLessThan(20 * MB);
    }

    private static String sha256Of(InputStream in) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream digesting = new DigestInputStream(in, digest)) {
            digesting.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Old generation and survivors: where a large array would be; Eden churns with any allocation. */
    private static List<MemoryPoolMXBean> longLivedPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && !pool.getName().contains("Eden"))
                .toList();
    }

    private static long longLivedHeapUsedAfterGc() {
        System.gc();
        return longLivedPools().stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
    }

    private static void resetPeaks() {
        longLivedPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long longLivedHeapPeak() {
        return longLivedPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
