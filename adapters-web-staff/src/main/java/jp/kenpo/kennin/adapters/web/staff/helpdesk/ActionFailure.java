package jp.kenpo.kennin.adapters.web.staff.helpdesk;

import java.util.Map;
import java.util.Objects;

/**
 * Why an action on the case screen was refused, shown the GOV.UK way: in the error summary at the
 * top (a link to the field) and again at the field itself, with what the staff member typed still
 * in the form so they correct it instead of typing it again.
 *
 * @param form    which form on the page was sent (e.g. {@code note}, {@code extend}, {@code back-12})
 * @param fieldId the id of the field the message belongs to, the summary's link target
 * @param values  what was typed in that form, by field name
 */
public record ActionFailure(String form, String fieldId, String message, Map<String, String> values) {
    private static final ActionFailure NONE = new ActionFailure("", "", "", Map.of());

    public ActionFailure {
        Objects.requireNonNull(form);
        Objects.requireNonNull(fieldId);
        Objects.requireNonNull(message);
        values = Map.copyOf(values);
    }

    public static ActionFailure none() {
        return NONE;
    }

    public boolean present() {
        return !form.isEmpty();
    }

    /** The message to show at the field with that id, or null when it has none. */
    public String errorAt(String id) {
        return present() && fieldId.equals(id) ? message : null;
    }

    /** What was typed into that field of that form, or null for any other form. */
    public String value(String ofForm, String name) {
        return present() && form.equals(ofForm) ? values.get(name) : null;
    }
}
