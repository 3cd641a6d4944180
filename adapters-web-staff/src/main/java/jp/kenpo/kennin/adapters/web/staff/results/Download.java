package jp.kenpo.kennin.adapters.web.staff.results;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.IntFunction;
import jp.kenpo.kennin.adapters.web.kit.ContentDisposition;
import jp.kenpo.kennin.application.results.ExportTarget;

/**
 * The response body of a download, opened by the use case once it knows the survey year: only
 * then go the headers (type, attachment name with the year, no-store), so an export with nothing
 * to write leaves the response free for a redirect. Bytes go to the client as they come.
 */
final class Download implements ExportTarget {
    private final Context ctx;
    private final String contentType;
    private final IntFunction<String> fileName;
    private OutputStream body;

    Download(Context ctx, String contentType, IntFunction<String> fileName) {
        this.ctx = ctx;
        this.contentType = contentType;
        this.fileName = fileName;
    }

    @Override
    public OutputStream open(int fiscalYear) {
        ctx.header("Content-Disposition", ContentDisposition.attachment(fileName.apply(fiscalYear)));
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(contentType);
        body = ctx.outputStream();
        return body;
    }

    /** Sends what is left of the body. */
    void finish() {
        if (body == null) {
            return;
        }
        try {
            body.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
