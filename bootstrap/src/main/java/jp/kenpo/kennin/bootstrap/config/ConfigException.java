package jp.kenpo.kennin.bootstrap.config;

import java.util.List;

/**
 * A setting cannot be used. Carries a key of the {@code i18n/cli} bundle whose first argument
 * is always the variable's name, so the operator knows which one to fix.
 */
public final class ConfigException extends RuntimeException {
    private final String key;
    private final List<Object> args;

    ConfigException(String key, String variable, Object... details) {
        super(key + " " + variable);
        this.key = key;
        Object[] all = new Object[details.length + 1];
        all[0] = variable;
        System.arraycopy(details, 0, all, 1, details.length);
        this.args = List.of(all);
    }

    public String key() {
        return key;
    }

    public String variable() {
        return (String) args.get(0);
    }

    public Object[] args() {
        return args.toArray();
    }
}
