package jp.kenpo.kennin.adapters.documents;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.application.document.DocumentType;

/**
 * The accepted type a member's file name or browser-declared content type names, if any. Only used
 * to catch contradictions: names like {@code image.bin} or {@code application/octet-stream}, which
 * phones send, name nothing and leave the content to decide.
 */
final class DeclaredType {
    private static final Map<String, DocumentType> BY_EXTENSION = Map.of(
            "jpg", DocumentType.JPEG, "jpeg", DocumentType.JPEG,
            "png", DocumentType.PNG,
            "heic", DocumentType.HEIC, "heif", DocumentType.HEIC,
            "pdf", DocumentType.PDF);

    private static final Map<String, DocumentType> BY_CONTENT_TYPE = Map.of(
            "image/jpeg", DocumentType.JPEG, "image/jpg", DocumentType.JPEG, "image/pjpeg", DocumentType.JPEG,
            "image/png", DocumentType.PNG, "image/x-png", DocumentType.PNG,
            "image/heic", DocumentType.HEIC, "image/heif", DocumentType.HEIC,
            "application/pdf", DocumentType.PDF, "application/x-pdf", DocumentType.PDF);

    private DeclaredType() {
    }

    static Optional<DocumentType> ofFileName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        // Some browsers still send the whole client path, with either separator.
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty()
                : Optional.ofNullable(BY_EXTENSION.get(name.substring(dot + 1).strip().toLowerCase(Locale.ROOT)));
    }

    static Optional<DocumentType> ofContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        int parameters = contentType.indexOf(';');
        String type = parameters < 0 ? contentType : contentType.substring(0, parameters);
        return Optional.ofNullable(BY_CONTENT_TYPE.get(type.strip().toLowerCase(Locale.ROOT)));
    }
}
