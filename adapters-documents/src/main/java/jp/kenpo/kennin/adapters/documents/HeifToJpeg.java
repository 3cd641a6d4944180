package jp.kenpo.kennin.adapters.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import jp.kenpo.kennin.application.document.DocumentRejection;
import jp.kenpo.kennin.application.document.DocumentRenditionPort.CannotDisplay;
import jp.kenpo.kennin.application.document.DocumentRenditionPort.PageImage;
import jp.kenpo.kennin.application.document.DocumentRenditionPort.PageRendition;
import jp.kenpo.kennin.application.document.DocumentRenditionPort.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Converts a HEIC photo to JPEG with libheif's {@code heif-convert}, in a separate process so a
 * decoder crash or a hostile file costs that process, not the server: in a private directory made
 * for this one conversion under the documents' scratch area (deleted afterwards), with a time limit
 * after which the process and its children are killed, and a cap on the JPEG it may write. The
 * photo's declared dimensions are judged again first, as at upload.
 */
final class HeifToJpeg {
    private static final Logger LOG = LoggerFactory.getLogger(HeifToJpeg.class);
    /** libheif's own examples package; Debian's libheif-examples installs it in /usr/bin. */
    static final List<String> HEIF_CONVERT = List.of("heif-convert", "-q", "85");

    private final List<String> command;
    private final Duration timeLimit;
    private final long maxOutputBytes;
    private final HeifInspector inspector;
    private final Path scratchDirectory;

    /**
     * @param command the converter and its options; the input and output files are appended
     */
    HeifToJpeg(List<String> command, Duration timeLimit, long maxOutputBytes, PixelLimit pixels, Path scratchDirectory) {
        this.command = List.copyOf(command);
        this.timeLimit = timeLimit;
        this.maxOutputBytes = maxOutputBytes;
        this.inspector = new HeifInspector(pixels);
        this.scratchDirectory = scratchDirectory;
    }

    PageRendition convert(byte[] heic) {
        Path directory = null;
        try {
            OwnerOnlyFiles.createDirectories(scratchDirectory);
            directory = privateDirectory();
            Path input = directory.resolve("in.heic");
            try (FileChannel out = OwnerOnlyFiles.createNew(input)) {
                ByteBuffer bytes = ByteBuffer.wrap(heic);
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
            }
            Optional<DocumentRejection> problem = inspector.inspect(input);
            if (problem.isPresent()) {
                return new CannotDisplay(problem.get() == DocumentRejection.IMAGE_BOMB ? Reason.TOO_LARGE : Reason.UNREADABLE);
            }
            Path output = directory.resolve("out.jpg");
            List<String> arguments = new ArrayList<>(command);
            arguments.add(input.toString());
            arguments.add(output.toString());
            Process process;
            try {
                process = new ProcessBuilder(arguments).directory(directory.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(nullFile()))
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
            } catch (IOException e) {
                LOG.warn("cannot run {} to show a HEIC photo: {}", command.get(0), e.getMessage());
                return new CannotDisplay(Reason.CONVERTER_MISSING);
            }
            boolean finished;
            try {
                finished = process.waitFor(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                finished = false;
            }
            if (!finished) {
                kill(process);
                return new CannotDisplay(Reason.TIMED_OUT);
            }
            if (process.exitValue() != 0) {
                return new CannotDisplay(Reason.UNREADABLE);
            }
            // With several top-level images heif-convert numbers its outputs: the first is the photo.
            Optional<Path> jpeg = Stream.of(output, directory.resolve("out-1.jpg")).filter(Files::isRegularFile).findFirst();
            if (jpeg.isEmpty()) {
                return new CannotDisplay(Reason.UNREADABLE);
            }
            if (Files.size(jpeg.get()) > maxOutputBytes) {
                return new CannotDisplay(Reason.TOO_LARGE);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(jpeg.get())) {
                bytes = in.readNBytes((int) maxOutputBytes + 1);
            }
            if (bytes.length < 3 || bytes.length > maxOutputBytes
                    || (bytes[0] & 0xFF) != 0xFF || (bytes[1] & 0xFF) != 0xD8 || (bytes[2] & 0xFF) != 0xFF) {
                return new CannotDisplay(bytes.length > maxOutputBytes ? Reason.TOO_LARGE : Reason.UNREADABLE);
            }
            return new PageImage(bytes, "image/jpeg", 1);
        } catch (IOException e) {
            LOG.warn("HEIC conversion failed", e);
            return new CannotDisplay(Reason.UNREADABLE);
        } finally {
            deleteTree(directory);
        }
    }

    private Path privateDirectory() throws IOException {
        if (scratchDirectory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempDirectory(scratchDirectory, "heif-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        return Files.createTempDirectory(scratchDirectory, "heif-");
    }

    private static java.io.File nullFile() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteTree(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warn("could not delete the HEIC scratch directory {}", directory, e);
        }
    }
}
