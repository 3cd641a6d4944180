package jp.kenpo.kennin.adapters.mail.archplant;

import jp.kenpo.kennin.adapters.web.WebSettings;

/** The mail adapter reaching into the web adapter: adapters meet only in bootstrap. */
public final class MailUsingWeb {
    WebSettings settings;
}
