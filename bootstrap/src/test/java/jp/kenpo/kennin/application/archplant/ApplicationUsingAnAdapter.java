package jp.kenpo.kennin.application.archplant;

import jp.kenpo.kennin.adapters.mail.MailAdapters;

/** A use case that builds its own adapter instead of taking a port. */
public final class ApplicationUsingAnAdapter {
    Class<?> adapter() {
        return MailAdapters.class;
    }
}
