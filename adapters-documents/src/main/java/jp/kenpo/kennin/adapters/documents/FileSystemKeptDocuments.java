package jp.kenpo.kennin.adapters.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.kenpo.kennin.application.document.StoredDocument;

/**
 * Kept documents as files that only the server's user can read:
 * <pre>
 *   documents/ab/cd/abcd…        sharded by the first two pairs of id digits
 *   quarantine/abcd…             kept files no database row refers to, set aside at start
 * </pre>
 * Staging shares the file system, so keeping a document is an atomic rename (the staged file
 * was forced to disk when it arrived).
 */
public final class FileSystemKeptDocuments implements KeptDocuments {
    /** The shape of the random keys files are kept under; anything else in the tree is not ours to move. */
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");

    private final Path documents;
    private final Path quarantine;

    public FileSystemKeptDocuments(Path documents, Path quarantine) {
        this.documents = documents;
        this.quarantine = quarantine;
        try {
            OwnerOnlyFiles.createDirectories(documents);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create document storage " + documents, e);
        }
    }

    @Override
    public void keep(StoredDocument.Id id, Path stagedFile, long size) {
        Path target = documentFile(id);
        try {
            OwnerOnlyFiles.createDirectories(target.getParent());
            Files.move(stagedFile, target, StandardCopyOption.ATOMIC_MOVE);
            // The rename is a change to the directory: flush it too, or a crash could undo it after the row is committed.
            forceDirectory(target.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InputStream open(StoredDocument.Id id) {
        try {
            return Files.newInputStream(documentFile(id));
        } catch (NoSuchFileException e) {
            throw new jp.kenpo.kennin.application.document.DocumentStoragePort.DocumentMissingException(id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(StoredDocument.Id id) {
        try {
            Files.deleteIfExists(documentFile(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void checkReachable() {
        if (!Files.isDirectory(documents) || !Files.isWritable(documents)) {
            throw new UncheckedIOException(new IOException("document storage folder is missing or not writable: "
                    + documents.getFileName()));
        }
    }

    /**
     * Moves kept files without a row to {@code quarantine} rather than deleting them, because
     * another server process sharing this folder could be between keeping a file and committing
     * its row; operators may delete the quarantine.
     */
    @Override
    public int setAsideUnreferenced(Predicate<StoredDocument.Id> referenced) {
        int quarantined = 0;
        try {
            List<Path> kept;
            try (Stream<Path> files = Files.walk(documents)) {
                kept = files.filter(Files::isRegularFile).toList();
            }
            for (Path file : kept) {
                String name = file.getFileName().toString();
                if (!KEY.matcher(name).matches() || referenced.test(new StoredDocument.Id(name))) {
                    continue;
                }
                OwnerOnlyFiles.createDirectories(quarantine);
                Files.move(file, quarantine.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                quarantined++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return quarantined;
    }

    @Override
    public String quarantineDescription() {
        return quarantine.toString();
    }

    private static void forceDirectory(Path directory) {
        // Linux and macOS flush a directory through a read-only channel on it; Windows cannot open one and needs no flush.
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // best effort: the file's own bytes were already forced when it was staged
        }
    }

    /** Ids are validated lower-case hex, so these path segments can only ever be plain names. */
    private Path documentFile(StoredDocument.Id id) {
        String value = id.value();
        return documents.resolve(value.substring(0, 2)).resolve(value.substring(2, 4)).resolve(value);
    }
}
