package jp.kenpo.kennin.adapters.web.support;

import jp.kenpo.kennin.adapters.web.kit.Flash;
import jp.kenpo.kennin.adapters.web.kit.Messages;
import jp.kenpo.kennin.domain.account.Language;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.StatedRelationship;

/**
 * What every template gets besides its own model: texts by message ID in the request's language,
 * the page title, the CSRF token for its forms, the one-time message carried over a redirect, and
 * what the language switch needs.
 */
public final class Page {
    private final Messages messages;
    private final Language language;
    private final String title;
    private final String csrfToken;
    private final Flash flash;
    private final String back;

    Page(Messages messages, Language language, String title, String csrfToken, Flash flash, String back) {
        this.messages = messages;
        this.language = language;
        this.title = title;
        this.csrfToken = csrfToken;
        this.flash = flash;
        this.back = back;
    }

    public String t(String key, Object... args) {
        return messages.text(key, args);
    }

    /** A dependent as the pages name them: 「健保 一郎（長男）」, or "健保 一郎 (child)" in English. */
    public String who(Dependent dependent) {
        return t("dependent.who", dependent.name().written(), relationship(dependent.relationship()));
    }

    /** The relationship as the roster writes it (長男, 義母); in English, the kind it was read as. */
    public String relationship(StatedRelationship relationship) {
        return t("relationship.written", relationship.term(), t("relationship." + relationship.kind().name()));
    }

    public String title() {
        return title;
    }

    public String csrf() {
        return csrfToken;
    }

    /** The page's language code, for {@code <html lang>}. */
    public String lang() {
        return language.code();
    }

    /** The language the switch offers: the other one. */
    public String otherLang() {
        return other().code();
    }

    /** The switch's label, written in the language it switches to ("English", "日本語"). */
    public String otherLanguageName() {
        return messages.text("language.name." + other().code());
    }

    /** Whether the page shows the language switch: it posts, so only a page with a CSRF token (not error pages). */
    public boolean languageSwitch() {
        return csrfToken != null && back != null;
    }

    /** This page's own address, where the switch comes back to. */
    public String back() {
        return back;
    }

    public String notice() {
        return flash != null && !flash.isError() ? resolve(flash) : null;
    }

    public String alert() {
        return flash != null && flash.isError() ? resolve(flash) : null;
    }

    private Language other() {
        return language == Language.JA ? Language.EN : Language.JA;
    }

    private String resolve(Flash f) {
        return messages.text(f.key(), f.args().toArray());
    }
}
