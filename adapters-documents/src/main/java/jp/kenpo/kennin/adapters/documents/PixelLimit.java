package jp.kenpo.kennin.adapters.documents;

import java.util.Optional;
import jp.kenpo.kennin.application.document.DocumentRejection;

/**
 * Judges the dimensions an image header claims, before anything decodes it: a few kilobytes can
 * claim 100000 × 100000 pixels, which would take tens of gigabytes to decode.
 */
record PixelLimit(long maxPixels) {
    /**
     * No camera or scanner makes a side longer than JPEG's own limit; a longer one with a small pixel
     * count is a thin strip no document looks like, built to slip past {@link #maxPixels}.
     */
    static final long MAX_SIDE = 65_535;

    Optional<DocumentRejection> judge(long width, long height) {
        if (width < 1 || height < 1) {
            return Optional.of(DocumentRejection.IMAGE_CORRUPT);
        }
        if (width > MAX_SIDE || height > MAX_SIDE || width * height > maxPixels) {
            return Optional.of(DocumentRejection.IMAGE_BOMB);
        }
        return Optional.empty();
    }
}
