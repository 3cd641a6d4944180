package jp.kenpo.kennin.adapters.reports.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch streams: 10,000 letters are written in a JVM whose whole heap is 64 MB. Pages that kept
 * their text and QR code each (or PDFBox's 4 KB per stream) ran out of memory there.
 */
class TenThousandLettersFitInASmallHeapTest {
    @TempDir
    Path dir;

    @Test
    void tenThousandLettersAreWrittenInA64MbHeap() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-Xmx64m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), LetterBatchProbe.class.getName(), "10000",
                dir.resolve("batch.pdf").toString())).redirectErrorStream(true).start();
        boolean ended = process.waitFor(4, TimeUnit.MINUTES);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!ended) {
            process.destroyForcibly();
        }
        assertThat(ended).as("finished in time").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("letters=10000");
        long bytes = Long.parseLong(output.lines().filter(l -> l.matches("[0-9]+")).reduce((a, b) -> b).orElseThrow());
        assertThat(bytes).isGreaterThan(1_000_000L);
    }
}
