package jp.kenpo.kennin.adapters.documents.objectstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import jp.kenpo.kennin.adapters.documents.FileSystemDocumentStorage;
import jp.kenpo.kennin.application.document.StagedUpload;
import jp.kenpo.kennin.application.document.StoredDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rough guard like the file system's: 100 MB go up to the bucket and come back, and the
 * long-lived heap (where a whole file in a byte[] would land) does not grow by anything like that.
 * s3proxy runs in a JVM of its own here: in ours, its copy of each signed upload's whole body
 * (kept to check the hash) grew the heap by about 210 MB.
 */
class LargeDocumentsStreamThroughTheBucketTest {
    private static final long SIZE = 100 * Uploads.MB;

    @TempDir
    Path bucketFolder;
    @TempDir
    Path root;

    @Test
    void oneHundredMegabytesGoUpAndComeBackWithoutLandingInTheHeap() throws Exception {
        try (S3ProxyProcess server = S3ProxyProcess.start(bucketFolder);
             S3KeptDocuments kept = S3KeptDocuments.connect(server.settings(), Clock.systemUTC())) {
            FileSystemDocumentStorage storage = Uploads.storage(root, kept);
            StagedUpload staged = Uploads.stage(storage, Uploads.generated(SIZE));
            long before = longLivedHeapUsedAfterGc();
            resetPeaks();

            long started = System.nanoTime();
            StoredDocument document = Uploads.keep(storage, staged);
            long uploaded = System.nanoTime();
            String readBack;
            try (InputStream in = storage.open(document.id())) {
                readBack = sha256Of(in);
            }
            long downloaded = System.nanoTime();

            long peakGrowth = longLivedHeapPeak() - before;
            System.out.printf("100 MB through s3proxy: up %d ms, down %d ms, long-lived heap peak growth %d MB%n",
                    (uploaded - started) / 1_000_000, (downloaded - uploaded) / 1_000_000, peakGrowth / Uploads.MB);
            assertThat(readBack).isEqualTo(staged.sha256());
            assertThat(peakGrowth).as("peak growth of the long-lived heap, bytes").isLessThan(50 * Uploads.MB);
        }
    }

    private static String sha256Of(InputStream in) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream digesting = new DigestInputStream(in, digest)) {
            digesting.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

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
