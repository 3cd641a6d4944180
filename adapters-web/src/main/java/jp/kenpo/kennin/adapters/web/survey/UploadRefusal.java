package jp.kenpo.kennin.adapters.web.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.adapters.web.support.WebSession;
import jp.kenpo.kennin.application.session.SessionData;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.eligibility.DocumentKind;

/**
 * A refused upload, carried across the redirect back to the checklist like a flash message, so the
 * checklist can say it inside the block of the document it was for and name the file. Kept by
 * message ID (the text is resolved in the language of the page that shows it).
 *
 * @param dependent whose checklist it was posted from: another dependent's page (another tab) leaves it alone
 * @param kind     the requirement the file was chosen for
 * @param fileName the name the member's device gave the file, shortened; empty when none was chosen
 * @param code     the message key saying why (document.* codes)
 * @param args     the message's parameters (the size limit)
 * @param replacing the file (its id) the refused one was to replace: then it is told at that file's replace picker
 */
public record UploadRefusal(DependentId dependent, DocumentKind kind, String fileName, String code, List<String> args,
                            Optional<String> replacing) {
    /** Longer names are cut: the session holds a few thousand characters, and the name is only a reminder. */
    static final int MAX_FILE_NAME = 60;
    private static final String KEY = "uploadRefusal";

    public UploadRefusal {
        Objects.requireNonNull(dependent);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(code);
        fileName = shortened(fileName);
        args = List.copyOf(args);
        Objects.requireNonNull(replacing);
    }

    /** Whether this is the refused replacement of {@code fileId}. */
    public boolean replaces(String fileId) {
        return replacing.filter(fileId::equals).isPresent();
    }

    public boolean named() {
        return !fileName.isEmpty();
    }

    /** Keeps it for the next page of this session (one at a time, the latest wins). */
    void carry(WebSession session) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("dependent", Long.toString(dependent.value()));
        fields.put("kind", kind.name());
        fields.put("name", fileName);
        fields.put("code", code);
        replacing.ifPresent(id -> fields.put("replacing", id));
        for (int i = 0; i < args.size(); i++) {
            fields.put("a" + i, args.get(i));
        }
        session.put(KEY, SessionData.encodeForm(fields));
    }

    /** The refusal {@link #carry} kept for this dependent's checklist, once. */
    static Optional<UploadRefusal> take(WebSession session, DependentId forDependent) {
        Optional<String> encoded = session.get(KEY);
        if (encoded.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> fields = SessionData.decodeForm(encoded.get());
        if (!Long.toString(forDependent.value()).equals(fields.get("dependent"))) {
            return Optional.empty();
        }
        session.remove(KEY);
        try {
            List<String> args = new ArrayList<>();
            for (int i = 0; fields.containsKey("a" + i); i++) {
                args.add(fields.get("a" + i));
            }
            return Optional.of(new UploadRefusal(forDependent, DocumentKind.valueOf(fields.get("kind")), fields.get("name"),
                    fields.get("code"), args, Optional.ofNullable(fields.get("replacing"))));
        } catch (RuntimeException damaged) {
            return Optional.empty();
        }
    }

    private static String shortened(String name) {
        String clean = name == null ? "" : name.replaceAll("[\\p{Cc}\\p{Cf}]", "").strip();
        clean = clean.substring(Math.max(clean.lastIndexOf('/'), clean.lastIndexOf('\\')) + 1);
        if (clean.codePointCount(0, clean.length()) <= MAX_FILE_NAME) {
            return clean;
        }
        return clean.substring(0, clean.offsetByCodePoints(0, MAX_FILE_NAME - 1)) + "…";
    }
}
