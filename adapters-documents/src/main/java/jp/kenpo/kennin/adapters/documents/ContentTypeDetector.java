package jp.kenpo.kennin.adapters.documents;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.application.document.DocumentType;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;

/**
 * What a file is, from its first bytes alone (Tika's magic-byte rules), never from its name.
 * HEIF image sequences ({@code msf1}, {@code hevc} brands) are recognised but not accepted: they
 * are bursts and animations whose frames sit in video tracks, not a photo of a document.
 */
final class ContentTypeDetector {
    private static final Map<MediaType, DocumentType> ACCEPTED = Map.of(
            MediaType.image("jpeg"), DocumentType.JPEG,
            MediaType.image("png"), DocumentType.PNG,
            MediaType.image("heic"), DocumentType.HEIC,
            MediaType.image("heif"), DocumentType.HEIC,
            MediaType.application("pdf"), DocumentType.PDF);

    // Thread-safe; with tika-core alone it has no parsers, only the MIME magic database.
    private final Tika tika = new Tika();

    Optional<DocumentType> detect(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return Optional.ofNullable(ACCEPTED.get(MediaType.parse(tika.detect(in)).getBaseType()));
        }
    }
}
