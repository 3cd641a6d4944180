package jp.kenpo.kennin.adapters.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import jp.kenpo.kennin.application.document.DocumentCheck;
import jp.kenpo.kennin.application.document.DocumentLimits;
import jp.kenpo.kennin.application.document.DocumentStoragePort;
import jp.kenpo.kennin.application.document.StageResult;
import jp.kenpo.kennin.application.document.StagedUpload;
import jp.kenpo.kennin.application.document.StoredDocument;

/**
 * Documents as files under a root directory that only the server's user can read (by default
 * under {@code KENNIN_DATA_DIR}, never under anything the web server serves):
 * <pre>
 *   root/staging/&lt;token&gt;              uploads being received or inspected
 *   root/documents/ab/cd/abcd…        kept documents, sharded by the first two pairs of id digits
 *   root/quarantine/abcd…             kept files no database row refers to, set aside at start
 * </pre>
 * Files are named by random keys only, never by anything the member sent. Staging and documents
 * share one file system, so keeping a document is an atomic rename.
 */
public final class FileSystemDocumentStorage implements DocumentStoragePort {
    private static final int BUFFER_BYTES = 64 * 1024;
    /** The shape of the random keys files are kept under; anything else in the tree is not ours to move. */
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[0-9a-f]{32}");

    private final Path staging;
    private final Path documents;
    private final ContentInspector inspector;
    private final RandomKeys keys = new RandomKeys();

    public FileSystemDocumentStorage(Path root, DocumentLimits limits) {
        this.staging = root.resolve("staging");
        this.documents = root.resolve("documents");
        try {
            OwnerOnlyFiles.createDirectories(staging);
            OwnerOnlyFiles.createDirectories(documents);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create document storage under " + root, e);
        }
        this.inspector = new ContentInspector(limits, staging);
    }

    @Override
    public StageResult stage(InputStream content, long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative");
        }
        StagedUpload.Token token = new StagedUpload.Token(keys.next());
        Path file = stagingFile(token);
        MessageDigest sha256 = sha256();
        long size = 0;
        try (FileChannel out = OwnerOnlyFiles.createNew(file)) {
            byte[] buffer = new byte[BUFFER_BYTES];
            int read;
            // Never ask for more than one byte past the limit: that byte is enough to refuse the upload.
            while ((read = content.read(buffer, 0, (int) Math.min(buffer.length - 1, maxBytes - size) + 1)) != -1) {
                size += read;
                if (size > maxBytes) {
                    break;
                }
                sha256.update(buffer, 0, read);
                writeFully(out, ByteBuffer.wrap(buffer, 0, read));
            }
            if (size <= maxBytes) {
                // A member is told the upload arrived only once it would survive a crash.
                out.force(true);
            }
        } catch (IOException e) {
            deleteQuietly(file, e);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(file, e);
            throw e;
        }
        if (size > maxBytes) {
            delete(file);
            return new StageResult.TooLarge(maxBytes);
        }
        return new StagedUpload(token, size, HexFormat.of().formatHex(sha256.digest()));
    }

    @Override
    public DocumentCheck inspect(StagedUpload staged, String declaredFileName, String declaredContentType) {
        try {
            return inspector.inspect(existingStagingFile(staged), staged.size(), staged.sha256(), declaredFileName, declaredContentType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public StoredDocument keep(StagedUpload staged, DocumentCheck.Accepted accepted) {
        if (staged.size() != accepted.size() || !staged.sha256().equals(accepted.sha256())) {
            throw new IllegalArgumentException("the accepted check is about another upload than " + staged.token());
        }
        StoredDocument.Id id = new StoredDocument.Id(keys.next());
        Path target = documentFile(id);
        try {
            OwnerOnlyFiles.createDirectories(target.getParent());
            Files.move(existingStagingFile(staged), target, StandardCopyOption.ATOMIC_MOVE);
            // The rename is a change to the directory: flush it too, or a crash could undo it after the row is committed.
            forceDirectory(target.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StoredDocument(id, accepted.type(), accepted.size(), accepted.sha256());
    }

    @Override
    public InputStream open(StoredDocument.Id id) {
        try {
            return Files.newInputStream(documentFile(id));
        } catch (NoSuchFileException e) {
            throw new DocumentMissingException(id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(StoredDocument.Id id) {
        delete(documentFile(id));
    }

    @Override
    public void discard(StagedUpload staged) {
        delete(stagingFile(staged.token()));
    }

    @Override
    public void checkReachable() {
        for (Path directory : List.of(staging, documents)) {
            if (!Files.isDirectory(directory) || !Files.isWritable(directory)) {
                throw new UncheckedIOException(new IOException("document storage folder is missing or not writable: "
                        + directory.getFileName()));
            }
        }
    }

    /**
     * Tidies up after a crash; call it at start, before any upload is accepted. Staged uploads are
     * deleted (none is in progress yet, and none was ever acknowledged). A kept file whose id
     * {@code referenced} does not know was kept for a transaction that never committed: its
     * member was never told it arrived. Such files are moved to {@code root/quarantine} rather
     * than deleted, because another server process sharing this storage could be between keeping
     * a file and committing its row; operators may delete the quarantine.
     *
     * @param referenced whether the database has a row for a stored document id
     */
    public Cleanup cleanUpAfterCrash(java.util.function.Predicate<StoredDocument.Id> referenced) {
        int staged = 0;
        int quarantined = 0;
        try {
            try (java.util.stream.Stream<Path> files = Files.list(staging)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.deleteIfExists(file);
                    staged++;
                }
            }
            Path quarantine = staging.resolveSibling("quarantine");
            List<Path> kept;
            try (java.util.stream.Stream<Path> files = Files.walk(documents)) {
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
        return new Cleanup(staged, quarantined);
    }

    /** What {@link #cleanUpAfterCrash} found: staged uploads deleted, kept files without a row quarantined. */
    public record Cleanup(int stagedDeleted, int unreferencedQuarantined) {
    }

    private static void forceDirectory(Path directory) {
        // Linux and macOS flush a directory through a read-only channel on it; Windows cannot open one and needs no flush.
        try (FileChannel channel = FileChannel.open(directory, java.nio.file.StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // best effort: the file's own bytes were already forced when it was staged
        }
    }

    private Path stagingFile(StagedUpload.Token token) {
        return staging.resolve(token.value());
    }

    private Path existingStagingFile(StagedUpload staged) {
        Path file = stagingFile(staged.token());
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("upload " + staged.token() + " was already kept or discarded");
        }
        return file;
    }

    /** Ids are validated lower-case hex, so these path segments can only ever be plain names. */
    private Path documentFile(StoredDocument.Id id) {
        String value = id.value();
        return documents.resolve(value.substring(0, 2)).resolve(value.substring(2, 4)).resolve(value);
    }

    private static void writeFully(FileChannel out, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            out.write(bytes);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file, Exception cause) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
