package jp.kenpo.kennin.bootstrap.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code KENNIN_DATA_DIR} holds the embedded database, its password, the server secret, members'
 * documents and mails: no other local user may read any of it. The directory is made owner-only
 * (0700) at every start, and what lies directly in it is set to 0600 (files) or 0700 (folders),
 * which also repairs installations made before this rule (H2 wrote {@code kennin.mv.db} 0644).
 * Files H2 creates later follow the umask, but nobody else can enter the directory to reach them.
 * Where the file system has no POSIX permissions (Windows), the directory's ACL applies.
 */
final class DataDirectory {
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private DataDirectory() {
    }

    static void secure(Path dataDir) throws IOException {
        boolean posix = dataDir.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (!posix) {
            Files.createDirectories(dataDir);
            return;
        }
        if (!Files.isDirectory(dataDir)) {
            Files.createDirectories(dataDir, PosixFilePermissions.asFileAttribute(DIRECTORY));
        }
        ownerOnly(dataDir, DIRECTORY);
        List<Path> entries;
        try (Stream<Path> list = Files.list(dataDir)) {
            entries = list.toList();
        }
        for (Path entry : entries) {
            if (Files.isSymbolicLink(entry)) {
                continue;
            }
            ownerOnly(entry, Files.isDirectory(entry) ? DIRECTORY : FILE);
        }
    }

    private static void ownerOnly(Path path, Set<PosixFilePermission> wanted) throws IOException {
        if (!Files.getPosixFilePermissions(path).equals(wanted)) {
            Files.setPosixFilePermissions(path, wanted);
        }
    }
}
