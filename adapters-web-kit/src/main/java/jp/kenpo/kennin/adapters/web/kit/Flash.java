package jp.kenpo.kennin.adapters.web.kit;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * A message carried across one redirect (post/redirect/get), by message ID so the text is
 * resolved where it is shown.
 */
public record Flash(Kind kind, String key, List<String> args) implements Serializable {
    public enum Kind { INFO, ERROR }

    public Flash {
        args = List.copyOf(args);
    }

    public static Flash info(String key, Object... args) {
        return new Flash(Kind.INFO, key, strings(args));
    }

    public static Flash error(String key, Object... args) {
        return new Flash(Kind.ERROR, key, strings(args));
    }

    public boolean isError() {
        return kind == Kind.ERROR;
    }

    private static List<String> strings(Object... args) {
        return Arrays.stream(args).map(String::valueOf).toList();
    }
}
