package jp.kenpo.kennin.adapters.reports.letters;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A QR code drawn as filled rectangles (one per run of dark modules in a row): sharp at any print
 * size and a few hundred bytes a page. Every letter of a batch points to the same URL, so the
 * matrix is made once.
 */
final class QrCode {
    /** The white margin the standard asks for, in modules. */
    static final int QUIET_ZONE = 4;

    private final BitMatrix matrix;

    private QrCode(BitMatrix matrix) {
        this.matrix = matrix;
    }

    static QrCode of(String text) {
        try {
            // M: still read with a fold or a smudge across the code, yet small modules for a long URL.
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            return new QrCode(matrix);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot make a QR code of the sign-up URL", e);
        }
    }

    /** Draws the code with its lower left corner at (x, y), {@code size} points wide including the quiet zone. */
    void draw(PDPageContentStream content, float x, float y, float size) throws IOException {
        int modules = matrix.getWidth();
        float module = size / (modules + 2 * QUIET_ZONE);
        float left = x + QUIET_ZONE * module;
        float top = y + size - QUIET_ZONE * module;
        content.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < modules; row++) {
            int col = 0;
            while (col < modules) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < modules && matrix.get(col, row)) {
                    col++;
                }
                content.addRect(left + start * module, top - (row + 1) * module, (col - start) * module, module);
            }
        }
        content.fill();
    }
}
