package jp.kenpo.kennin.adapters.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.kenpo.kennin.application.results.ResultFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The writers stream: 200,000 rows with distinct names (some 40 MB of CSV, several times that as
 * objects) are written in a JVM whose whole heap is 48 MB. A writer that kept rows, or an XLSX
 * shared-string table of every name, runs out of memory there.
 */
class AMillionRowsNeverSitInMemoryTest {
    private static final int ROWS = 200_000;

    @ParameterizedTest
    @EnumSource(ResultFormat.class)
    void rowsAreWrittenInASmallHeap(ResultFormat format) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-Xmx48m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), StreamingExportProbe.class.getName(), format.name(), String.valueOf(ROWS)))
                .redirectErrorStream(true).start();
        boolean ended = process.waitFor(3, TimeUnit.MINUTES);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!ended) {
            process.destroyForcibly();
        }
        assertThat(ended).as("finished in time").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        long bytes = Long.parseLong(output.lines().filter(l -> l.matches("[0-9]+")).reduce((a, b) -> b).orElseThrow());
        assertThat(bytes).isGreaterThan(format == ResultFormat.XLSX ? 1_000_000L : 15_000_000L);
    }
}
