package jp.kenpo.kennin.adapters.web.staff.results;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import jp.kenpo.kennin.adapters.web.kit.ContentDisposition;

/**
 * The response body of a download, opened at the first byte: the headers (type, attachment name,
 * no-store) go out only when the use case really writes, so a use case that finds nothing to
 * export leaves the response free for a redirect. Bytes go to the client as they come.
 */
final class Download extends OutputStream {
    private final Context ctx;
    private final String contentType;
    private final String fileName;
    private OutputStream body;

    Download(Context ctx, String contentType, String fileName) {
        this.ctx = ctx;
        this.contentType = contentType;
        this.fileName = fileName;
    }

    private OutputStream body() {
        if (body == null) {
            ctx.header("Content-Disposition", ContentDisposition.attachment(fileName));
            ctx.header("Cache-Control", "no-store");
            ctx.contentType(contentType);
            body = ctx.outputStream();
        }
        return body;
    }

    boolean started() {
        return body != null;
    }

    @Override
    public void write(int b) throws IOException {
        body().write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        body().write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
        if (body != null) {
            body.flush();
        }
    }

    /** Ends the body (an empty file when nothing was written). */
    @Override
    public void close() throws IOException {
        body().flush();
    }
}
