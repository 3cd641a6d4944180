package jp.kenpo.kennin.application.document;

/** The kinds of proof document accepted, with how a kept one is served back. */
public enum DocumentType {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    HEIC("image/heic", "heic"),
    PDF("application/pdf", "pdf");

    private final String mimeType;
    private final String extension;

    DocumentType(String mimeType, String extension) {
        this.mimeType = mimeType;
        this.extension = extension;
    }

    /** The Content-Type to serve, whatever the member's browser declared at upload. */
    public String mimeType() {
        return mimeType;
    }

    /** The file-name extension to serve, without the dot. */
    public String extension() {
        return extension;
    }
}
