package jp.kenpo.kennin.adapters.documents;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import jp.kenpo.kennin.application.document.DocumentCheck;
import jp.kenpo.kennin.application.document.DocumentLimits;
import jp.kenpo.kennin.application.document.DocumentRejection;
import jp.kenpo.kennin.application.document.DocumentType;

/**
 * Decides what a received file is and whether it may be kept. The content decides the type; the
 * declared file name and content type only count against the file when they name another accepted
 * type. Then each type gets its own checks, all of them from headers and structure, never by
 * decoding pixels.
 */
final class ContentInspector {
    private final DocumentLimits limits;
    private final ContentTypeDetector detector = new ContentTypeDetector();
    private final RasterImageInspector rasterImages;
    private final HeifInspector heifImages;
    private final PdfInspector pdfs;

    ContentInspector(DocumentLimits limits, Path scratchDirectory) {
        this.limits = limits;
        PixelLimit pixels = new PixelLimit(limits.maxPixels());
        this.rasterImages = new RasterImageInspector(pixels);
        this.heifImages = new HeifInspector(pixels);
        this.pdfs = new PdfInspector(limits.maxPdfPages(), scratchDirectory);
    }

    DocumentCheck inspect(Path file, long size, String sha256, String declaredFileName, String declaredContentType)
            throws IOException {
        if (size == 0) {
            return new DocumentCheck.Rejected(DocumentRejection.EMPTY);
        }
        if (size > limits.maxBytes()) {
            return new DocumentCheck.Rejected(DocumentRejection.TOO_LARGE);
        }
        Optional<DocumentType> detected = detector.detect(file);
        if (detected.isEmpty()) {
            return new DocumentCheck.Rejected(DocumentRejection.UNSUPPORTED_TYPE);
        }
        DocumentType type = detected.get();
        boolean contradicted = Stream.of(DeclaredType.ofFileName(declaredFileName), DeclaredType.ofContentType(declaredContentType))
                .flatMap(Optional::stream)
                .anyMatch(declared -> declared != type);
        if (contradicted) {
            return new DocumentCheck.Rejected(DocumentRejection.TYPE_MISMATCH);
        }
        Optional<DocumentRejection> problem = switch (type) {
            case JPEG, PNG -> rasterImages.inspect(file, type);
            case HEIC -> heifImages.inspect(file);
            case PDF -> pdfs.inspect(file);
        };
        return problem.<DocumentCheck>map(DocumentCheck.Rejected::new)
                .orElseGet(() -> new DocumentCheck.Accepted(type, size, sha256));
    }
}
