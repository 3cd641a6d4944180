package jp.kenpo.kennin.adapters.web.support;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A browser still sending its body when the server answers and closes sees the connection reset
 * instead of the refusal page (and the member a browser error). Before a refusal, what is left of a
 * body up to a bound is read and dropped so the page arrives; a body beyond it is not worth reading
 * and is cut.
 */
public final class RefusedBodies {
    private RefusedBodies() {
    }

    /** Reads the rest of the request body when its declared length is at most {@code maxBytes}. */
    public static void drain(Context ctx, long maxBytes) {
        long length = ctx.req().getContentLengthLong();
        if (length <= 0 || length > maxBytes) {
            return;
        }
        try (InputStream body = ctx.req().getInputStream()) {
            body.transferTo(OutputStream.nullOutputStream());
        } catch (IOException | IllegalStateException clientGoneOrUnreadable) {
            // The refusal stands; nothing to tell a client that went away.
        }
    }
}
