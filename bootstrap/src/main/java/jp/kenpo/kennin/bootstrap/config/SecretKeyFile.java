package jp.kenpo.kennin.bootstrap.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The server secret kept in {@code <dataDir>/secret.key} when {@code KENNIN_SECRET} is not set:
 * 32 random bytes, written once as base64 text readable by the owner only, then reused so that
 * codes and tokens issued before a restart still match. The key is the file's text itself, so
 * copying the file's content into {@code KENNIN_SECRET} on another server gives the same key.
 */
final class SecretKeyFile {
    static final String FILE_NAME = "secret.key";
    private static final int RANDOM_BYTES = 32;

    private SecretKeyFile() {
    }

    static String loadOrCreate(Path dataDir) throws IOException {
        return loadOrCreate(dataDir, FILE_NAME);
    }

    /** The same for another key of the installation, such as the embedded database's password in {@code db.key}. */
    static String loadOrCreate(Path dataDir, String fileName) throws IOException {
        Path file = dataDir.resolve(fileName);
        if (!Files.exists(file)) {
            try {
                create(file);
            } catch (FileAlreadyExistsException raceLostToAnotherProcess) {
                // fall through and read what the other process wrote
            }
        }
        String secret = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (secret.length() < KenninConfig.MIN_SECRET_LENGTH) {
            throw new IOException(file + " holds fewer than " + KenninConfig.MIN_SECRET_LENGTH + " characters");
        }
        return secret;
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] random = new byte[RANDOM_BYTES];
        new SecureRandom().nextBytes(random);
        String text = Base64.getEncoder().encodeToString(random);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
            ownerOnly(file);
        }
        Files.writeString(file, text + System.lineSeparator(), StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
    }

    // Windows has no POSIX modes; java.io.File's flags are the portable way to drop other users' access.
    private static void ownerOnly(Path file) {
        var f = file.toFile();
        f.setReadable(false, false);
        f.setWritable(false, false);
        f.setReadable(true, true);
        f.setWritable(true, true);
    }
}
