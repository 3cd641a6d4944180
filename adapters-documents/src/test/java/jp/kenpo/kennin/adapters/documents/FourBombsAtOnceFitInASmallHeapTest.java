package jp.kenpo.kennin.adapters.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's situation in small: four members upload a 1 MB PDF that inflates to 1 GiB at the
 * same moment another uploads an ordinary PDF, in a JVM of 256 MB heap. Before the decoding budget,
 * one such bomb took 1 GiB and four at once 5.7 GB. A child JVM, because the heap is the point.
 */
@Tag("slow") // a JVM of its own
class FourBombsAtOnceFitInASmallHeapTest {
    @TempDir
    Path root;

    @Test
    void fourBombsAndAnOrdinaryPdfCheckedAtOnceInA256MegabyteHeap() throws Exception {
        Files.write(root.resolve("objectStream.pdf"), PdfBombs.objectStream(PdfBombs.GIB));
        Files.write(root.resolve("objectStream2.pdf"), PdfBombs.objectStream(PdfBombs.GIB));
        Files.write(root.resolve("xrefStream.pdf"), PdfBombs.xrefStream(PdfBombs.GIB));
        Files.write(root.resolve("contentStream.pdf"), PdfBombs.contentStream(PdfBombs.GIB));
        Files.write(root.resolve("ordinary.pdf"), PdfDecompressionBombsAreRefusedTest.textAndImages(3));
        Path log = root.resolve("child.log");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"), BombsCheckedAtOnce.class.getName(), root.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertThat(child.waitFor(3, TimeUnit.MINUTES)).as("child finished").isTrue();
        } finally {
            child.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);

        assertThat(child.exitValue()).as("exit code; output:%n%s", output).isZero();
        List<String> outcomes = output.lines().filter(line -> line.startsWith("outcome ")).toList();
        assertThat(outcomes).hasSize(5);
        assertThat(outcomes).filteredOn(line -> line.contains("Stream")).hasSize(4).allMatch(line -> line.contains(" PDF_BOMB "));
        assertThat(outcomes).filteredOn(line -> line.startsWith("outcome ordinary ")).singleElement().asString()
                .contains(" ACCEPTED ");
    }
}
