package jp.kenpo.kennin.adapters.web.kit;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: attachment} with the file's real (often Japanese) name in RFC 5987
 * {@code filename*} and an ASCII stand-in for old clients.
 */
public final class ContentDisposition {
    private static final String ATTR_CHAR = "!#$&+-.^_`|~";

    private ContentDisposition() {
    }

    public static String attachment(String fileName) {
        return header("attachment", fileName);
    }

    /** Shown in the browser tab, with the name kept for a later save. */
    public static String inline(String fileName) {
        return header("inline", fileName);
    }

    private static String header(String disposition, String fileName) {
        String name = fileName == null || fileName.isBlank() ? "download" : fileName.strip();
        return disposition + "; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + encode(name);
    }

    private static String asciiFallback(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_');
        }
        return out.toString();
    }

    private static String encode(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ATTR_CHAR.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
