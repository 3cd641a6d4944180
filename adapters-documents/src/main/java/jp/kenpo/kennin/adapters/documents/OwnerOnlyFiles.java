package jp.kenpo.kennin.adapters.documents;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Creates directories and files that only the server's own user can read. Permissions are given at
 * creation, never set afterwards, so no file is ever readable by others even for a moment. Where
 * the file system has no POSIX permissions (Windows), the directory's inherited ACL applies.
 */
final class OwnerOnlyFiles {
    private static final FileAttribute<?> DIRECTORY = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));
    private static final FileAttribute<?> FILE = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private OwnerOnlyFiles() {
    }

    /** Like {@link Files#createDirectories}; only the directories it creates get owner-only permissions. */
    static void createDirectories(Path directory) throws IOException {
        if (hasPosixPermissions(directory)) {
            Files.createDirectories(directory, DIRECTORY);
        } else {
            Files.createDirectories(directory);
        }
    }

    /** A new file to write; fails if it exists rather than write into a file someone else made. */
    static FileChannel createNew(Path file) throws IOException {
        Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return hasPosixPermissions(file) ? FileChannel.open(file, options, FILE) : FileChannel.open(file, options);
    }

    private static boolean hasPosixPermissions(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
