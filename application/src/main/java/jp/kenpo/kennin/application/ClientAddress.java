package jp.kenpo.kennin.application;

/** The address a request came from, for rate limits and the audit log. */
public record ClientAddress(String value) {
    public ClientAddress {
        value = value == null || value.isBlank() ? "unknown" : value.strip();
        if (value.length() > 64) {
            value = value.substring(0, 64);
        }
    }

    /** For commands that do not come over the network (CLI, demo). */
    public static ClientAddress local() {
        return new ClientAddress("local");
    }
}
