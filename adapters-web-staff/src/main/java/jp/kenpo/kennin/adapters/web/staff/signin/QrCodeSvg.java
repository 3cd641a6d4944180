package jp.kenpo.kennin.adapters.web.staff.signin;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The authenticator's QR code as inline SVG markup. The site's CSP allows neither {@code data:}
 * images nor style attributes, so the code is drawn with one {@code <path>} of dark modules on a
 * white {@code <rect>}, using SVG presentation attributes only. One SVG unit is one module; the
 * quiet zone of four modules is part of the drawing.
 */
public final class QrCodeSvg {
    static final int QUIET_ZONE = 4;
    /** How large the code is drawn, in CSS pixels; scanners read it well from a screen at this size. */
    private static final int DISPLAY_PIXELS = 240;

    private QrCodeSvg() {
    }

    /** The modules of {@code text} (quiet zone included), 1 pixel a module. */
    static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                    EncodeHintType.MARGIN, QUIET_ZONE));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot draw a QR code of " + text.length() + " characters", e);
        }
    }

    /**
     * The SVG element for {@code text}; {@code labelId} names the element whose text describes the
     * image (for assistive technology). Only digits, letters and fixed markup are written, so the
     * result is safe to embed unescaped.
     */
    public static String svg(String text, String labelId) {
        if (!labelId.matches("[A-Za-z][A-Za-z0-9-]*")) {
            throw new IllegalArgumentException("label id");
        }
        BitMatrix matrix = matrix(text);
        int width = matrix.getWidth();
        int height = matrix.getHeight();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < height; y++) {
            int x = 0;
            while (x < width) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < width && matrix.get(x, y)) {
                    x++;
                }
                int run = x - start;
                path.append('M').append(start).append(' ').append(y).append('h').append(run).append("v1h-").append(run).append('z');
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" viewBox=\"0 0 " + width + " " + height
                + "\" width=\"" + DISPLAY_PIXELS + "\" height=\"" + DISPLAY_PIXELS + "\" role=\"img\" aria-labelledby=\""
                + labelId + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + width + "\" height=\"" + height + "\" fill=\"#ffffff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000000\"/></svg>";
    }
}
