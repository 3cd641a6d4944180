package jp.kenpo.kennin.adapters.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * BIZ UDGothic, shipped in this module (OFL-1.1, licence next to it), read once: every PDF this
 * adapter writes embeds it as a subset, so a fresh machine without Japanese fonts shows the text.
 * A TrueType font, because PDFBox cannot subset CFF-based OpenType.
 */
public final class ReportFont {
    static final String PATH = "/jp/kenpo/kennin/adapters/reports/fonts/BIZUDGothic-Regular.ttf";
    private static volatile byte[] bytes;

    private ReportFont() {
    }

    /** The font file's bytes (shared; callers must not change them). */
    public static byte[] bytes() {
        byte[] b = bytes;
        if (b == null) {
            try (InputStream in = ReportFont.class.getResourceAsStream(PATH)) {
                if (in == null) {
                    throw new IllegalStateException("the report font is missing from the application: " + PATH);
                }
                b = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bytes = b;
        }
        return b;
    }
}
