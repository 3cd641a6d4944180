package jp.kenpo.kennin.adapters.web.staff.setup;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.adapters.web.kit.Form;
import jp.kenpo.kennin.domain.text.DateInput;

/** What the setup pages share: reading ids, dates and uploads, and turning reason codes into field errors. */
final class SetupText {
    private SetupText() {
    }

    /** A positive id from the path; anything else is not found (never a 500). */
    static long id(Context ctx, String name) {
        String raw = ctx.pathParam(name);
        if (!raw.matches("[1-9][0-9]{0,17}")) {
            throw new NotFoundResponse();
        }
        return Long.parseLong(raw);
    }

    /** A date typed as 2025/07/01, 2025-07-01 or 20250701 (any width), or a field error. */
    static Optional<LocalDate> date(Form form, String field, boolean required) {
        String raw = form.raw(field).strip();
        if (raw.isEmpty()) {
            if (required) {
                form.rejectField(field, "setup.field.required");
            }
            return Optional.empty();
        }
        Optional<LocalDate> date = DateInput.parse(raw);
        if (date.isEmpty()) {
            form.rejectField(field, "setup.field.date");
        }
        return date;
    }

    /** A whole number typed in any width, or a field error. */
    static Optional<Long> number(Form form, String field, boolean required, long min, long max) {
        String raw = java.text.Normalizer.normalize(form.raw(field), java.text.Normalizer.Form.NFKC).replace(",", "").strip();
        if (raw.isEmpty()) {
            if (required) {
                form.rejectField(field, "setup.field.required");
            }
            return Optional.empty();
        }
        if (!raw.matches("[0-9]{1,12}") || Long.parseLong(raw) < min || Long.parseLong(raw) > max) {
            form.rejectField(field, "setup.field.number", min, max);
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(raw));
    }

    /** The uploaded file named {@code field}, read up to {@code maxBytes} (one more byte tells it is too large). */
    static Optional<Upload> upload(Context ctx, String field, long maxBytes) {
        UploadedFile file = ctx.uploadedFile(field);
        if (file == null || (file.size() == 0 && (file.filename() == null || file.filename().isBlank()))) {
            return Optional.empty();
        }
        try (InputStream in = file.content()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            return Optional.of(new Upload(file.filename() == null ? "" : file.filename(), file.contentType(), bytes,
                    bytes.length > maxBytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Upload(String fileName, String contentType, byte[] content, boolean tooLarge) {
    }

    /** Puts a reason code on the field it is about, or on the form when no field fits. */
    static Form reject(Form form, String code, Map<String, String> fieldsByCodePrefix) {
        for (Map.Entry<String, String> e : fieldsByCodePrefix.entrySet()) {
            if (code.startsWith(e.getKey())) {
                return form.rejectField(e.getValue(), code);
            }
        }
        return form.reject(code);
    }
}
