package jp.kenpo.kennin.adapters.mail;

import java.util.Objects;

/**
 * Where and how to hand mails to the insurer's SMTP server. {@code user} and {@code password}
 * are both given (authenticate) or both absent (the server relays for this host without AUTH).
 * With {@code startTls} the connection must be upgraded to TLS before anything is sent; a
 * server that does not offer it is refused rather than used in clear text.
 */
public record SmtpSettings(String host, int port, String user, String password, boolean startTls) {
    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("SMTP host is blank");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("SMTP port out of range: " + port);
        }
        user = user == null || user.isBlank() ? null : user;
        password = password == null || password.isEmpty() ? null : password;
        if ((user == null) != (password == null)) {
            throw new IllegalArgumentException("SMTP user and password must be given together");
        }
    }

    public boolean authenticates() {
        return user != null;
    }

    /** Without the password: settings end up in logs and exception messages. */
    @Override
    public String toString() {
        return "SmtpSettings[host=" + host + ", port=" + port + ", user=" + user
                + ", password=" + (password == null ? "none" : "***") + ", startTls=" + startTls + "]";
    }
}
