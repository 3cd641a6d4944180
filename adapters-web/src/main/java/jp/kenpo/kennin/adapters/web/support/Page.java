package jp.kenpo.kennin.adapters.web.support;

import jp.kenpo.kennin.adapters.web.kit.Flash;
import jp.kenpo.kennin.adapters.web.kit.Messages;

/**
 * What every template gets besides its own model: texts by message ID, the page title, the CSRF
 * token for its forms and the one-time message carried over a redirect.
 */
public final class Page {
    private final Messages messages;
    private final String title;
    private final String csrfToken;
    private final Flash flash;

    Page(Messages messages, String title, String csrfToken, Flash flash) {
        this.messages = messages;
        this.title = title;
        this.csrfToken = csrfToken;
        this.flash = flash;
    }

    public String t(String key, Object... args) {
        return messages.text(key, args);
    }

    public String title() {
        return title;
    }

    public String csrf() {
        return csrfToken;
    }

    public String notice() {
        return flash != null && !flash.isError() ? resolve(flash) : null;
    }

    public String alert() {
        return flash != null && flash.isError() ? resolve(flash) : null;
    }

    private String resolve(Flash f) {
        return messages.text(f.key(), f.args().toArray());
    }
}
