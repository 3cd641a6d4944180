package jp.kenpo.kennin.adapters.documents;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import jp.kenpo.kennin.application.document.DocumentRejection;
import jp.kenpo.kennin.application.document.DocumentType;

/**
 * Checks a JPEG or PNG by its header only: ImageIO's reader is asked for the width and height,
 * which it takes from the SOF segment or the IHDR chunk, and never for the pixels.
 */
final class RasterImageInspector {
    private final PixelLimit limit;

    RasterImageInspector(PixelLimit limit) {
        this.limit = limit;
    }

    Optional<DocumentRejection> inspect(Path file, DocumentType type) {
        ImageReader reader = ImageIO.getImageReadersByFormatName(type == DocumentType.PNG ? "png" : "jpeg").next();
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            reader.setInput(in, true, true);
            return limit.judge(reader.getWidth(0), reader.getHeight(0));
        } catch (IOException | RuntimeException e) {
            // The readers fail in many ways on hostile headers, unchecked ones included; all mean unreadable.
            return Optional.of(DocumentRejection.IMAGE_CORRUPT);
        } finally {
            reader.dispose();
        }
    }
}
