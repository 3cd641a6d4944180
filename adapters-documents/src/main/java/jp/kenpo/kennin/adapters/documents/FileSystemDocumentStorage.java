package jp.kenpo.kennin.adapters.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import jp.kenpo.kennin.application.document.DocumentCheck;
import jp.kenpo.kennin.application.document.DocumentLimits;
import jp.kenpo.kennin.application.document.DocumentStoragePort;
import jp.kenpo.kennin.application.document.StageResult;
import jp.kenpo.kennin.application.document.StagedUpload;
import jp.kenpo.kennin.application.document.StoredDocument;

/**
 * Uploads received and inspected on the local file system, under a root directory that only the
 * server's user can read (by default under {@code KENNIN_DATA_DIR}, never under anything the web
 * server serves); accepted documents are kept by a {@link KeptDocuments}: by default files beside
 * the staging area, or objects in a bucket.
 * <pre>
 *   root/staging/&lt;token&gt;              uploads being received or inspected
 *   root/documents/ab/cd/abcd…        kept documents ({@link FileSystemKeptDocuments})
 *   root/quarantine/abcd…             kept files no database row refers to, set aside at start
 * </pre>
 * Files are named by random keys only, never by anything the member sent.
 */
public final class FileSystemDocumentStorage implements DocumentStoragePort {
    private static final int BUFFER_BYTES = 64 * 1024;
    private final Path staging;
    private final KeptDocuments kept;
    private final ContentInspector inspector;
    private final RandomKeys keys = new RandomKeys();

    /** Kept documents as files under {@code root/documents}. */
    public FileSystemDocumentStorage(Path root, DocumentLimits limits) {
        this(root, limits, new FileSystemKeptDocuments(root.resolve("documents"), root.resolve("quarantine")));
    }

    /** Staging and inspection under {@code root/staging}; accepted documents kept by {@code kept}. */
    public FileSystemDocumentStorage(Path root, DocumentLimits limits, KeptDocuments kept) {
        this.staging = root.resolve("staging");
        this.kept = kept;
        try {
            OwnerOnlyFiles.createDirectories(staging);
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
        Path file = existingStagingFile(staged);
        try {
            kept.keep(id, file, staged.size());
        } catch (RuntimeException e) {
            // A failed keep is answered as a failed upload, never retried: the staged copy is done with.
            deleteQuietly(file, e);
            throw e;
        }
        try {
            // Moved away on the file system; an object store copied it.
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the document is kept; a staged copy left over is deleted at the next start
        }
        return new StoredDocument(id, accepted.type(), accepted.size(), accepted.sha256());
    }

    @Override
    public InputStream open(StoredDocument.Id id) {
        return kept.open(id);
    }

    @Override
    public void delete(StoredDocument.Id id) {
        kept.delete(id);
    }

    @Override
    public void discard(StagedUpload staged) {
        delete(stagingFile(staged.token()));
    }

    @Override
    public void checkReachable() {
        if (!Files.isDirectory(staging) || !Files.isWritable(staging)) {
            throw new UncheckedIOException(new IOException("document storage folder is missing or not writable: "
                    + staging.getFileName()));
        }
        kept.checkReachable();
    }

    /**
     * Tidies up after a crash; call it at start, before any upload is accepted. Staged uploads are
     * deleted (none is in progress yet on this node, and none was ever acknowledged). A kept
     * document whose id {@code referenced} does not know was kept for a transaction that never
     * committed: its member was never told it arrived. {@link KeptDocuments#setAsideUnreferenced}
     * sets such documents aside rather than deleting them, and leaves alone what another live node
     * sharing the store may be about to commit a row for.
     *
     * @param referenced whether the database has a row for a stored document id
     */
    public Cleanup cleanUpAfterCrash(java.util.function.Predicate<StoredDocument.Id> referenced) {
        int staged = 0;
        try (java.util.stream.Stream<Path> files = Files.list(staging)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.deleteIfExists(file);
                staged++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Cleanup(staged, kept.setAsideUnreferenced(referenced));
    }

    /** Where {@link #cleanUpAfterCrash} set kept documents aside. */
    public String quarantineDescription() {
        return kept.quarantineDescription();
    }

    /** What {@link #cleanUpAfterCrash} found: staged uploads deleted, kept documents without a row set aside. */
    public record Cleanup(int stagedDeleted, int unreferencedQuarantined) {
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
