package jp.kenpo.kennin.adapters.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.kenpo.kennin.application.document.DocumentRejection;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
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
 *
 * <p>What PDFBox decodes is another matter: it inflates a compressed stream whole into the heap. So
 * everything decoded during the check is counted against a budget that grows with the file's size
 * up to a fixed ceiling ({@link PdfDecodingBudget}), and so are the objects the file lists; the
 * pages' content streams, which a viewer inflates to show them, are decoded too, within the same
 * budget. A file that needs more is refused as a bomb, after at most the budget's worth of work.
 */
final class PdfInspector {
    private static final Logger LOG = LoggerFactory.getLogger(PdfInspector.class);
    private static final long SCRATCH_IN_MEMORY = 1024 * 1024;
    private static final long MB = 1024 * 1024;
    /**
     * Text and drawing commands, fonts aside, rarely inflate to more than ten times their compressed
     * size; sixteen times plus 4 MB leaves room, and the ceiling keeps four checks at once within
     * a small heap. Flate can reach about 1000 times, which is what a bomb uses.
     */
    static final long DECODED_BYTES_PER_FILE_BYTE = 16;
    static final long DECODED_BYTES_BASE = 4 * MB;
    static final long DECODED_BYTES_CEILING = 32 * MB;
    /** A certificate or a set of payslips has hundreds to a few thousand objects; each costs heap. */
    static final long MAX_OBJECTS = 100_000;

    private final int maxPages;
    private final Path scratchDirectory;

    PdfInspector(int maxPages, Path scratchDirectory) {
        this.maxPages = maxPages;
        this.scratchDirectory = scratchDirectory;
        PdfDecodingBudget.install();
    }

    Optional<DocumentRejection> inspect(Path file) {
        PdfDecodingBudget budget;
        try {
            budget = budgetFor(Files.size(file));
        } catch (IOException e) {
            return Optional.of(DocumentRejection.PDF_CORRUPT);
        }
        Optional<DocumentRejection> problem;
        try {
            problem = budget.spendOn(() -> check(file, budget));
        } catch (InvalidPasswordException e) {
            problem = Optional.of(DocumentRejection.PDF_ENCRYPTED);
        } catch (IOException | RuntimeException e) {
            // PDFBox fails on hostile structure in many ways, unchecked ones included; all mean unreadable.
            LOG.debug("PDF refused as corrupt", e);
            problem = Optional.of(DocumentRejection.PDF_CORRUPT);
        }
        // PDFBox goes on past a stream it could not decode, so a spent budget decides whatever came of it.
        if (budget.spent()) {
            LOG.info("PDF refused as a decompression bomb: {} bytes decoded, {} allowed", budget.decodedBytes(),
                    budget.maxDecodedBytes());
            return Optional.of(DocumentRejection.PDF_BOMB);
        }
        return problem;
    }

    static PdfDecodingBudget budgetFor(long fileSize) {
        long bytes = Math.min(DECODED_BYTES_CEILING, DECODED_BYTES_BASE + DECODED_BYTES_PER_FILE_BYTE * fileSize);
        return new PdfDecodingBudget(bytes, MAX_OBJECTS);
    }

    private Optional<DocumentRejection> check(Path file, PdfDecodingBudget budget) throws IOException {
        MemoryUsageSetting scratch = MemoryUsageSetting.setupMixed(SCRATCH_IN_MEMORY).setTempDir(scratchDirectory.toFile());
        try (PDDocument pdf = Loader.loadPDF(file.toFile(), scratch.streamCache)) {
            if (budget.spent() || pdf.getDocument().getXrefTable().size() > budget.maxObjects()) {
                return Optional.of(DocumentRejection.PDF_BOMB);
            }
            // An owner password alone opens without asking, yet the file is still encrypted.
            if (pdf.isEncrypted()) {
                return Optional.of(DocumentRejection.PDF_ENCRYPTED);
            }
            if (PdfActiveContent.foundIn(pdf.getDocument())) {
                return Optional.of(DocumentRejection.PDF_ACTIVE_CONTENT);
            }
            Optional<DocumentRejection> pages = judgePages(pdf);
            if (pages.isEmpty()) {
                decodePageContents(pdf);
            }
            return pages;
        }
    }

    /** Inflates what a viewer inflates to show the pages, each stream once, and throws the result away. */
    private static void decodePageContents(PDDocument pdf) throws IOException {
        Set<COSStream> decoded = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PDPage page : pdf.getPages()) {
            COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
            List<COSBase> streams = new ArrayList<>();
            if (contents instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    streams.add(array.getObject(i));
                }
            } else {
                streams.add(contents);
            }
            for (COSBase stream : streams) {
                if (stream instanceof COSStream content && decoded.add(content)) {
                    try (InputStream in = content.createInputStream()) {
                        in.transferTo(OutputStream.nullOutputStream());
                    }
                }
            }
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
