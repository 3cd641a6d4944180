package jp.kenpo.kennin.adapters.web.kit;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One HTML form as posted and as shown again: the raw values (passed to commands unchanged;
 * normalising Japanese input is the application's job), and the errors to show, each next to its
 * field or above the form. Field names equal the command components they feed, so validation
 * errors land on the right field without a mapping table.
 */
public final class Form {
    private final Messages messages;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, List<String>> fieldErrors = new LinkedHashMap<>();
    private final List<String> errors = new ArrayList<>();

    private Form(Messages messages) {
        this.messages = messages;
    }

    public static Form empty(Messages messages) {
        return new Form(messages);
    }

    /** Reads the named fields of a posted form; a missing field reads as the empty string. */
    public static Form read(Context ctx, Messages messages, String... fields) {
        Form form = new Form(messages);
        for (String field : fields) {
            String value = ctx.formParam(field);
            form.values.put(field, value == null ? "" : value);
        }
        return form;
    }

    /** The value as posted, for a command. */
    public String raw(String field) {
        return values.getOrDefault(field, "");
    }

    /** The value to put back into the field; templates escape it. */
    public String value(String field) {
        return values.get(field);
    }

    /** Drops values that must never be sent back to the browser (passwords, codes). */
    public Form forget(String... fields) {
        for (String field : fields) {
            values.remove(field);
        }
        return this;
    }

    public Form rejectField(String field, String key, Object... args) {
        fieldErrors.computeIfAbsent(field, f -> new ArrayList<>()).add(messages.text(key, args));
        return this;
    }

    public Form reject(String key, Object... args) {
        errors.add(messages.text(key, args));
        return this;
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || !fieldErrors.isEmpty();
    }

    public boolean hasError(String field) {
        return fieldErrors.containsKey(field);
    }

    public List<String> errors(String field) {
        return fieldErrors.getOrDefault(field, List.of());
    }

    /**
     * The form as it must look after a redirect (post/redirect/get): its values and the texts of its
     * errors, flattened for a session. Fields dropped with {@link #forget} are not in it.
     */
    public Map<String, String> carried() {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((field, value) -> out.put("v." + field, value));
        // Numbered so that a store which sorts its keys still gives the errors back in their order.
        int n = 0;
        for (Map.Entry<String, List<String>> field : fieldErrors.entrySet()) {
            for (String text : field.getValue()) {
                out.put(String.format("e%03d.%s", n++, field.getKey()), text);
            }
        }
        for (int i = 0; i < errors.size(); i++) {
            out.put(String.format("g%03d", i), errors.get(i));
        }
        return out;
    }

    /** The form {@link #carried()} stood for; anything not shaped like it is ignored. */
    public static Form fromCarried(Messages messages, Map<String, String> carried) {
        Form form = new Form(messages);
        new java.util.TreeMap<>(carried).forEach((name, text) -> {
            int dot = name.indexOf('.');
            if (name.startsWith("v.")) {
                form.values.put(name.substring(2), text);
            } else if (name.startsWith("e") && dot > 1) {
                form.fieldErrors.computeIfAbsent(name.substring(dot + 1), f -> new ArrayList<>()).add(text);
            } else if (name.startsWith("g")) {
                form.errors.add(text);
            }
        });
        return form;
    }

    /** Every field's errors in the order they were found: the error summary links each to its field. */
    public Map<String, List<String>> fieldErrors() {
        return java.util.Collections.unmodifiableMap(fieldErrors);
    }

    /** Errors about the form as a whole, shown above it. */
    public List<String> errors() {
        return List.copyOf(errors);
    }

    /** Ids for aria-describedby: the hint and the error list of a field, or null for none. */
    public String describedBy(String field, boolean hasHint) {
        List<String> ids = new ArrayList<>();
        if (hasHint) {
            ids.add(field + "-hint");
        }
        if (hasError(field)) {
            ids.add(field + "-error");
        }
        return ids.isEmpty() ? null : String.join(" ", ids);
    }
}
