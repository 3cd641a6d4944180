package jp.kenpo.kennin.adapters.reports.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import jp.kenpo.kennin.application.letters.LetterFilesPort;

/**
 * {@link LetterFilesPort} in one directory (the data directory's {@code letters}), owner-only like
 * the rest of the data: a batch is written to {@code batch-<id>.pdf.part} and renamed to
 * {@code batch-<id>.pdf} when finished, so a crash leaves at most a {@code .part} file (deleted by
 * the next run of the batch), never a short PDF under the name a DONE batch points to.
 */
public final class LetterFiles implements LetterFilesPort {
    private static final Pattern NAME = Pattern.compile("batch-[0-9]+\\.pdf");

    private final Path directory;

    public LetterFiles(Path directory) {
        this.directory = Objects.requireNonNull(directory);
        try {
            if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            } else {
                Files.createDirectories(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the letters directory " + directory, e);
        }
    }

    public Path directory() {
        return directory;
    }

    @Override
    public NewLetterFile newLetterFile(long batchId) {
        String name = "batch-" + batchId + ".pdf";
        Path part = directory.resolve(name + ".part");
        try {
            Files.deleteIfExists(part);
            OutputStream out = Files.newOutputStream(Files.createFile(part, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------"))));
            return new Pending(name, part, out);
        } catch (UnsupportedOperationException e) {
            try {
                return new Pending(name, part, Files.newOutputStream(part));
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a letter batch in " + directory, e);
        }
    }

    @Override
    public boolean copyLetterFile(String fileName, Supplier<OutputStream> out) {
        if (!NAME.matcher(fileName).matches()) {
            return false; // only names this class made: never a path the database could be made to hold
        }
        Path file = directory.resolve(fileName);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            OutputStream target = out.get();
            in.transferTo(target);
            target.flush();
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final class Pending implements NewLetterFile {
        private final String name;
        private final Path part;
        private final OutputStream out;
        private boolean kept;

        Pending(String name, Path part, OutputStream out) {
            this.name = name;
            this.part = part;
            this.out = out;
        }

        @Override
        public OutputStream out() {
            return out;
        }

        @Override
        public String keep() {
            try {
                out.close();
                Path target = directory.resolve(name);
                try {
                    Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
                }
                kept = true;
                return name;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot keep the letter batch " + name, e);
            }
        }

        @Override
        public void close() {
            try {
                out.close();
                if (!kept) {
                    Files.deleteIfExists(part);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
