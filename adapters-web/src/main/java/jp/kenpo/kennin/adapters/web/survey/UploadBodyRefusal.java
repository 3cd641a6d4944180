package jp.kenpo.kennin.adapters.web.survey;

import io.javalin.http.Context;
import jakarta.servlet.ServletException;
import java.util.Optional;
import java.util.stream.Stream;
import jp.kenpo.kennin.adapters.web.support.DisplayFormats;
import jp.kenpo.kennin.adapters.web.support.ErrorPages;
import jp.kenpo.kennin.adapters.web.support.RefusedBodies;
import jp.kenpo.kennin.adapters.web.kit.Messages;
import org.eclipse.jetty.http.BadMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty parses an upload's multipart body when something first asks for one of its fields (the
 * CSRF check does, before any handler), and refuses a body it cannot parse or that goes past its
 * limits by throwing; these refusals used to end as 500. A body far over the upload limit now gets
 * 413 and a page naming the limit (a file only a little over it still arrives, and the use case
 * refuses it in the same words on the checklist). A body Jetty cannot parse gets 400 and a page
 * asking to rename the file: in practice a file name with a control character (a NUL byte, ESC...),
 * which Jetty refuses in a part's headers and which no phone or computer gives a file. (One that
 * arrives percent-encoded in {@code filename*} does get through; the upload use case drops control
 * characters from the name it keeps.)
 */
public final class UploadBodyRefusal {
    private static final Logger LOG = LoggerFactory.getLogger(UploadBodyRefusal.class);

    private final Messages messages;
    private final DisplayFormats formats;
    private final long maxUploadBytes;

    public UploadBodyRefusal(Messages messages, DisplayFormats formats, long maxUploadBytes) {
        this.messages = messages;
        this.formats = formats;
        this.maxUploadBytes = maxUploadBytes;
    }

    /**
     * The largest file part Jetty takes in: twice the limit, so a file a little over the limit still
     * arrives and the member is told the limit beside the form; beyond it the body is refused unread.
     */
    public static long multipartFileLimit(long maxUploadBytes) {
        return 2 * maxUploadBytes;
    }

    /** The exception mapper for {@link ServletException}; anything but a refused multipart body stays a 500. */
    public void refuse(ServletException e, Context ctx) {
        Optional<BadMessageException> refused = causes(e).filter(BadMessageException.class::isInstance)
                .map(BadMessageException.class::cast).findFirst();
        if (refused.isEmpty() || !ctx.isMultipartFormData()) {
            LOG.error("Request {} {} failed", ctx.method(), jp.kenpo.kennin.adapters.web.kit.LoggedPath.of(ctx), e);
            ctx.status(500);
            return;
        }
        boolean tooLarge = ctx.req().getContentLengthLong() > multipartFileLimit(maxUploadBytes)
                || causes(e).anyMatch(c -> c instanceof IllegalStateException && String.valueOf(c.getMessage()).contains("exceeded"));
        if (tooLarge) {
            LOG.info("Refused {} {}: upload of {} bytes over the limit", ctx.method(), jp.kenpo.kennin.adapters.web.kit.LoggedPath.of(ctx), ctx.req().getContentLengthLong());
            ctx.attribute(ErrorPages.DETAIL, messages.text("error.413.upload", formats.fileSize(maxUploadBytes)));
            ctx.status(413);
            // Jetty stopped reading at the part limit; a body up to twice that (a 30 MB phone video) is read
            // to its end so the browser gets this page instead of a reset.
            RefusedBodies.drain(ctx, 2 * multipartFileLimit(maxUploadBytes));
        } else {
            LOG.warn("Refused {} {}: unreadable multipart body ({})", ctx.method(), jp.kenpo.kennin.adapters.web.kit.LoggedPath.of(ctx), refused.get().getMessage());
            ctx.attribute(ErrorPages.DETAIL, messages.text("error.400.upload"));
            ctx.status(400);
        }
    }

    private static Stream<Throwable> causes(Throwable e) {
        return Stream.iterate(e, c -> c != null, Throwable::getCause).limit(20);
    }
}
