package jp.kenpo.kennin.application.session;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a session keeps between requests: a few named strings (the CSRF token, a flash message,
 * where a sign-up has got to). Stored as text in the form encoding ({@code k=v&k2=v2}), never as
 * serialized Java objects, so nothing read back from the database can run code or name a class;
 * a page that needs a record flattens it into a string of its own. Immutable.
 */
public final class SessionData {
    /** Far above what the pages keep (a few hundred characters); the column holds this much. */
    public static final int MAX_ENCODED_LENGTH = 4000;
    private static final SessionData EMPTY = new SessionData(new TreeMap<>());

    private final SortedMap<String, String> values;

    private SessionData(SortedMap<String, String> values) {
        this.values = Collections.unmodifiableSortedMap(values);
    }

    public static SessionData empty() {
        return EMPTY;
    }

    public static SessionData of(Map<String, String> values) {
        return new SessionData(new TreeMap<>(values));
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public SessionData with(String key, String value) {
        TreeMap<String, String> copy = new TreeMap<>(values);
        copy.put(key, value);
        return new SessionData(copy);
    }

    public SessionData without(String key) {
        if (!values.containsKey(key)) {
            return this;
        }
        TreeMap<String, String> copy = new TreeMap<>(values);
        copy.remove(key);
        return new SessionData(copy);
    }

    public Map<String, String> asMap() {
        return values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The text the store keeps; refuses more than {@link #MAX_ENCODED_LENGTH} characters. */
    public String encode() {
        String text = encodeForm(values);
        if (text.length() > MAX_ENCODED_LENGTH) {
            throw new IllegalStateException("session data of " + text.length() + " characters, more than " + MAX_ENCODED_LENGTH);
        }
        return text;
    }

    /** Reads {@link #encode()}'s text back; a malformed pair is dropped rather than trusted. */
    public static SessionData decode(String text) {
        return new SessionData(new TreeMap<>(decodeForm(text)));
    }

    /** {@code k=v&…} with both sides URL-encoded in UTF-8; also what pages use to flatten a small record. */
    public static String encodeForm(Map<String, String> pairs) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> e : pairs.entrySet()) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    /** The reverse of {@link #encodeForm}; a later repetition of a key wins. */
    public static Map<String, String> decodeForm(String text) {
        TreeMap<String, String> out = new TreeMap<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            try {
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException malformed) {
                // dropped: only this code writes the column, so this is damage, not data
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SessionData other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "SessionData" + values.keySet(); // the keys only: values include the CSRF token
    }
}
