package jp.kenpo.kennin.domain.archplant;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A domain rule that reads a file instead of being given what is in it. */
public final class DomainReadingFiles {
    byte[] read(Path path) throws IOException {
        return Files.readAllBytes(path);
    }
}
