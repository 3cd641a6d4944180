package jp.kenpo.kennin.application.letters;

import java.io.OutputStream;
import java.util.function.Supplier;

/**
 * Where letter PDFs are kept until staff download them. A new file is written aside and only
 * put in place by {@link NewLetterFile#keep()}, so a run that dies never leaves half a PDF under
 * the name a DONE batch points to.
 */
public interface LetterFilesPort {
    NewLetterFile newLetterFile(long batchId);

    /**
     * Copies the kept file to the stream {@code out} gives, which is asked for only when the file is
     * there; false when it is not.
     */
    boolean copyLetterFile(String fileName, Supplier<OutputStream> out);

    interface NewLetterFile extends AutoCloseable {
        OutputStream out();

        /** Puts the finished file in place; returns the name it is kept under. */
        String keep();

        /** Deletes the file unless it was kept. */
        @Override
        void close();
    }
}
