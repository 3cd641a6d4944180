package jp.kenpo.kennin.application.document;

/**
 * What an uploaded document may be at most, decided once in the wiring.
 *
 * @param maxBytes    size of one file
 * @param maxPixels   width × height an image header may claim; more is treated as a decompression bomb
 * @param maxPdfPages pages of one PDF
 */
public record DocumentLimits(long maxBytes, long maxPixels, int maxPdfPages) {
    public DocumentLimits {
        if (maxBytes < 1 || maxPixels < 1 || maxPdfPages < 1) {
            throw new IllegalArgumentException("document limits must be positive");
        }
    }

    /**
     * 10 MiB is ample for a phone photo or a scanned certificate; 50 megapixels is above every
     * phone camera's full-resolution still (48 MP is the largest common one); 50 pages is more
     * than any certificate, payslip set or passbook copy the survey asks for.
     */
    public static DocumentLimits defaults() {
        return new DocumentLimits(10L * 1024 * 1024, 50_000_000L, 50);
    }
}
