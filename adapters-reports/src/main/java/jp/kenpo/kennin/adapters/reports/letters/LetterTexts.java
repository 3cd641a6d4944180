package jp.kenpo.kennin.adapters.reports.letters;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The letters' texts, from their Japanese bundle (never Japanese strings in code). */
final class LetterTexts {
    private final ResourceBundle bundle = ResourceBundle.getBundle("i18n.letters", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.JAPANESE).format(args);
    }
}
