package jp.kenpo.kennin.application.document;

/**
 * Turns a kept document into page images a browser may show safely (PNG or JPEG only), so staff
 * read a member's PDF or HEIC photo without their browser ever running the file itself. Every
 * document is treated as hostile: the work is bounded in memory and time, and a document that
 * needs more, or cannot be read, is answered with {@link CannotDisplay} instead of an image.
 */
public interface DocumentRenditionPort {

    /** How many pages the document shows as: 1 for a photo, the page count of a PDF. */
    PageCount countPages(StoredDocument.Id id, DocumentType type);

    /** Page {@code page} (1-based) as an image, or why there is none. */
    PageRendition renderPage(StoredDocument.Id id, DocumentType type, int page);

    sealed interface PageCount permits Pages, CannotDisplay {
    }

    sealed interface PageRendition permits PageImage, NoSuchPage, CannotDisplay {
    }

    record Pages(int count) implements PageCount {
        public Pages {
            if (count < 1) {
                throw new IllegalArgumentException("a shown document has at least one page");
            }
        }
    }

    /** @param mimeType {@code image/png} or {@code image/jpeg}, never anything a browser would run */
    record PageImage(byte[] bytes, String mimeType, int pageCount) implements PageRendition {
        public PageImage {
            if (!"image/png".equals(mimeType) && !"image/jpeg".equals(mimeType)) {
                throw new IllegalArgumentException("not a browser-safe image type: " + mimeType);
            }
            if (bytes == null || bytes.length == 0) {
                throw new IllegalArgumentException("an image has bytes");
            }
        }
    }

    /** The document has fewer pages than asked for (or the page number is not one). */
    record NoSuchPage(int pageCount) implements PageRendition {
    }

    /** No image can be made; staff are offered the file to download instead. */
    record CannotDisplay(Reason reason) implements PageCount, PageRendition {
    }

    enum Reason {
        /** The content cannot be decoded (a broken file, or one the converter refuses). */
        UNREADABLE,
        /** Showing it would take more memory or pixels than any real document needs: a bomb. */
        TOO_LARGE,
        /** Converting took longer than the time allowed. */
        TIMED_OUT,
        /** The converter for this type (heif-convert for HEIC) is not installed on the server. */
        CONVERTER_MISSING,
        /** The file is no longer in storage. */
        MISSING
    }
}
