package jp.kenpo.kennin.application.document;

/** Why an uploaded file was refused; {@link #code()} is the message key that tells the member. */
public enum DocumentRejection {
    EMPTY("document.empty"),
    TOO_LARGE("document.tooLarge"),
    /** The content is none of the accepted types (a Word file, an executable, a GIF, a ZIP, HTML, SVG...). */
    UNSUPPORTED_TYPE("document.unsupportedType"),
    /** The file name or declared content type names an accepted type that the content is not. */
    TYPE_MISMATCH("document.typeMismatch"),
    PDF_ENCRYPTED("document.pdf.encrypted"),
    /** Scripts, automatic or launching actions, embedded files, XFA forms or rich media. */
    PDF_ACTIVE_CONTENT("document.pdf.activeContent"),
    PDF_CORRUPT("document.pdf.corrupt"),
    PDF_TOO_MANY_PAGES("document.pdf.tooManyPages"),
    /**
     * Compressed data that would expand far beyond the file's size, or more objects than any
     * document holds: a decompression bomb, refused before it can fill the server's memory.
     */
    PDF_BOMB("document.pdf.bomb"),
    IMAGE_CORRUPT("document.image.corrupt"),
    /** The header claims more pixels than the limit allows, or an absurd side length. */
    IMAGE_BOMB("document.image.bomb");

    private final String code;

    DocumentRejection(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
