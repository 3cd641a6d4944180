package jp.kenpo.kennin.application.archplant;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** File access a use case must leave to an out-port (the documents adapter stores files). One class each. */
public final class ApplicationFileSystemUses {
    private ApplicationFileSystemUses() {
    }

    public static final class NioFiles {
        byte[] read(String name) throws IOException { return Files.readAllBytes(Path.of(name)); }
    }

    public static final class NioPathParameter {
        Object where(Path path) { return path; }
    }

    public static final class IoFile {
        boolean exists(String name) { return new File(name).exists(); }
    }

    public static final class IoFileInputStream {
        InputStream open(String name) throws IOException { return new FileInputStream(name); }
    }

    /** Allowed: streams handed over by an adapter. */
    public static final class ReadsAGivenStream {
        byte[] read(InputStream in) throws IOException { return in.readAllBytes(); }
    }
}
