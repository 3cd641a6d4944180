package jp.kenpo.kennin.adapters.documents;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import jp.kenpo.kennin.application.document.DocumentRejection;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a PDF with PDFBox: it must open without a password and unencrypted, hold nothing that acts
 * (see {@link PdfActiveContent}), and have at least one and at most the allowed number of pages.
 * PDFBox reads the file where it lies, and whatever it must buffer beyond a little memory goes to
 * scratch files in the private staging directory, so a large PDF is not held in the heap.
 */
final class PdfInspector {
    private static final Logger LOG = LoggerFactory.getLogger(PdfInspector.class);
    private static final long SCRATCH_IN_MEMORY = 1024 * 1024;

    private final int maxPages;
    private final Path scratchDirectory;

    PdfInspector(int maxPages, Path scratchDirectory) {
        this.maxPages = maxPages;
        this.scratchDirectory = scratchDirectory;
    }

    Optional<DocumentRejection> inspect(Path file) {
        MemoryUsageSetting scratch = MemoryUsageSetting.setupMixed(SCRATCH_IN_MEMORY).setTempDir(scratchDirectory.toFile());
        try (PDDocument pdf = Loader.loadPDF(file.toFile(), scratch.streamCache)) {
            // An owner password alone opens without asking, yet the file is still encrypted.
            if (pdf.isEncrypted()) {
                return Optional.of(DocumentRejection.PDF_ENCRYPTED);
            }
            if (PdfActiveContent.foundIn(pdf.getDocument())) {
                return Optional.of(DocumentRejection.PDF_ACTIVE_CONTENT);
            }
            return judgePages(pdf);
        } catch (InvalidPasswordException e) {
            return Optional.of(DocumentRejection.PDF_ENCRYPTED);
        } catch (IOException | RuntimeException e) {
            // PDFBox fails on hostile structure in many ways, unchecked ones included; all mean unreadable.
            LOG.debug("PDF refused as corrupt", e);
            return Optional.of(DocumentRejection.PDF_CORRUPT);
        }
    }

    /** Counts the pages the tree really holds, not the /Count it claims, and stops one past the limit. */
    private Optional<DocumentRejection> judgePages(PDDocument pdf) {
        int pages = 0;
        for (Iterator<PDPage> it = pdf.getPages().iterator(); it.hasNext() && pages <= maxPages; it.next()) {
            pages++;
        }
        if (pages == 0) {
            return Optional.of(DocumentRejection.PDF_CORRUPT);
        }
        return pages > maxPages ? Optional.of(DocumentRejection.PDF_TOO_MANY_PAGES) : Optional.empty();
    }
}
